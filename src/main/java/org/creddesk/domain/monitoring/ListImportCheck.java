package org.creddesk.domain.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether an exclusion-list file looks whole before it replaces or adds to the rows in force (issue 16). A full
 * list replaces its source's rows, so a download cut short or a file of junk would take hits' rows off the list:
 * such a file is refused unless a person confirms it with a reason.
 *
 * <ul>
 *   <li>its last row is cut off (a transfer that stopped part-way);</li>
 *   <li>more than one row in ten could not be read (a wrong or damaged file, junk rows);</li>
 *   <li>a full list holds fewer than 90% of the rows of the source's last full list (a month's list changes by
 *       well under 1%: OIG reinstates and adds a few hundred of some 80,000 rows). A supplement is never compared
 *       with a full list, nor taken as the last full list: it adds rows and removes none.</li>
 * </ul>
 */
public final class ListImportCheck {
    /** The share of the last full list's rows a new full list must keep to pass unconfirmed. */
    public static final double KEEPS_AT_LEAST = 0.9;
    /** The share of unreadable rows above which a file is suspect. */
    public static final double UNREADABLE_AT_MOST = 0.1;

    private ListImportCheck() {
    }

    /** What reading the file found. {@code cutShort}: how it ends mid-row, null when whole. */
    public record Read(ListKind kind, int rows, int unreadable, String cutShort) {
    }

    /**
     * Why the file should not be imported without a person's confirmation; empty when it looks whole.
     *
     * @param lastFull the source's last imported full list, null when none
     */
    public static List<String> concerns(Read read, ListVersion lastFull) {
        List<String> concerns = new ArrayList<>();
        if (read.cutShort() != null) {
            concerns.add("the file looks cut short: " + read.cutShort());
        }
        int seen = read.rows() + read.unreadable();
        if (read.unreadable() > 0 && read.unreadable() > seen * UNREADABLE_AT_MOST) {
            concerns.add(read.unreadable() + " of its " + seen + " rows could not be read");
        }
        if (read.kind() == ListKind.FULL && lastFull != null && lastFull.kind() == ListKind.FULL
                && read.rows() < lastFull.rowCount() * KEEPS_AT_LEAST) {
            long drop = Math.round(100.0 * (lastFull.rowCount() - read.rows()) / lastFull.rowCount());
            concerns.add("it holds " + read.rows() + " rows, " + drop + "% fewer than the last full list ("
                    + lastFull.fileName() + " downloaded " + lastFull.downloadedOn() + ", " + lastFull.rowCount()
                    + " rows)");
        }
        return List.copyOf(concerns);
    }
}
