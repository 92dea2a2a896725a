package org.creddesk.domain.monitoring;

/** Where a hit stands in the review queue. */
public enum HitStatus {
    OPEN, CONFIRMED, FALSE_POSITIVE, CANNOT_DETERMINE,
    /** A reviewer found the match is the provider and the list shows the exclusion ended (reinstatement). */
    REINSTATED;

    public static HitStatus of(Disposition d) {
        return valueOf(d.name());
    }

    /** Whether the hit still waits for a reviewer. */
    public boolean needsReview() {
        return this == OPEN || this == CANNOT_DETERMINE;
    }

    /**
     * Whether the hit holds its provider: it keeps the screening from counting as a clean verification and holds
     * approval until a person disposes of it, whatever later runs find (issue 11: never auto-clear).
     */
    public boolean holds() {
        return needsReview() || this == CONFIRMED;
    }

    /**
     * The status a known hit takes when a later screening finds the same list row again: a reviewer's decision
     * holds while the row is unchanged (same fingerprint); a changed row reopens it. Nothing is decided here on
     * a name alone: a new hit always starts OPEN.
     */
    public static HitStatus afterRescreen(HitStatus current, String decidedFingerprint, String newFingerprint) {
        if (current == OPEN) {
            return OPEN;
        }
        return newFingerprint.equals(decidedFingerprint) ? current : OPEN;
    }
}
