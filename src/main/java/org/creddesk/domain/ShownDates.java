package org.creddesk.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates in sentences and cells people read: MM/DD/YYYY, as US coordinators write them. Stored and exchanged
 * dates stay ISO (YYYY-MM-DD).
 */
public final class ShownDates {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private ShownDates() {
    }

    /** Empty for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : US.format(date);
    }
}
