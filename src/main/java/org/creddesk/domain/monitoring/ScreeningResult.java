package org.creddesk.domain.monitoring;

import java.util.Locale;

/**
 * What one screening run found for one provider (ADR 0013). Only {@link #CLEAR} and {@link #CLEARED} count as a
 * sanctions/exclusions verification: an undecided or confirmed hit never does.
 */
public enum ScreeningResult {
    /** No list row matched. */
    CLEAR,
    /**
     * Every match is reviewed as not barring: a false positive (now or from an earlier run, same list row) or an
     * exclusion that has ended (reinstated).
     */
    CLEARED,
    /** At least one match waits for a reviewer (open or "cannot determine"). */
    PENDING,
    /** A reviewer confirmed a match: the provider is on an exclusion list. */
    CONFIRMED;

    public boolean verifies() {
        return this == CLEAR || this == CLEARED;
    }

    /**
     * The result of a provider's hits in one run, from their review statuses: the hits the run found and the
     * undecided or confirmed ones it carried because it no longer found their rows.
     */
    public static ScreeningResult of(Iterable<HitStatus> statuses) {
        boolean any = false;
        boolean pending = false;
        for (HitStatus s : statuses) {
            any = true;
            if (s == HitStatus.CONFIRMED) {
                return CONFIRMED;
            }
            pending |= s.needsReview();
        }
        return pending ? PENDING : any ? CLEARED : CLEAR;
    }

    /** "hits-pending" as scripts and reports read it. */
    public String label() {
        return this == PENDING ? "hits-pending" : name().toLowerCase(Locale.ROOT);
    }
}
