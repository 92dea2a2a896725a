package org.creddesk.domain.monitoring;

import java.time.LocalDate;

/**
 * What a screening does with a hit that holds its provider (open, "cannot determine" or confirmed) when it no
 * longer finds the hit's list row: it keeps the hit, never clears it (issue 11). A person disposes of it.
 *
 * <ul>
 *   <li>The row is gone from the rows in force (a newer full list lacks it): the status stays, the snapshot of the
 *       row as last seen stays the evidence.</li>
 *   <li>The list still keeps the row but it is no longer in force (a reinstatement in a REIN supplement, an ended
 *       SAM exclusion): the row changed, so a decision on the old row reopens ({@link HitStatus#afterRescreen});
 *       the reviewer checks the reinstatement and records {@link Disposition#REINSTATED} or another decision.</li>
 *   <li>The row is in force but no longer matches the provider (their name or date of birth was corrected): a
 *       person says whether the earlier match stands.</li>
 * </ul>
 */
public final class UnfoundHit {
    private UnfoundHit() {
    }

    /** What the hit becomes: its status, the row it now shows, that row's fingerprint, and why it is absent. */
    public record Carried(HitStatus status, ExclusionRecord row, String fingerprint, String absence) {
    }

    /**
     * @param status            the hit's status now (one that {@linkplain HitStatus#holds() holds})
     * @param decidedFingerprint the fingerprint the last decision was made on (null when undecided)
     * @param lastSeen          the hit's snapshot of the row
     * @param stored            the row with the same identity as the lists keep it now, or null when gone
     * @param today             the screening day
     * @param newestList        the list file without the row, for the message ("UPDATED.csv downloaded …")
     */
    public static Carried carry(HitStatus status, String decidedFingerprint, ExclusionRecord lastSeen,
                                ExclusionRecord stored, LocalDate today, String newestList) {
        if (stored == null) {
            return new Carried(status, lastSeen, lastSeen.fingerprint(), "no longer on the list in force ("
                    + newestList + "); the hit stays as it is until a reviewer records a disposition");
        }
        HitStatus now = HitStatus.afterRescreen(status, decidedFingerprint, stored.fingerprint());
        String why;
        if (stored.reinstatedOn() != null && !stored.reinstatedOn().isAfter(today)) {
            why = "the list shows this exclusion reinstated on " + stored.reinstatedOn()
                    + "; a reviewer checks the reinstatement and records a disposition";
        } else if (!stored.activeOn(today)) {
            why = "the list shows this exclusion ended on " + stored.terminationDate()
                    + "; a reviewer checks it and records a disposition";
        } else {
            why = "still on the list, but the provider's data no longer match the row; a reviewer decides whether "
                    + "the match stands";
        }
        return new Carried(now, stored, stored.fingerprint(), why);
    }
}
