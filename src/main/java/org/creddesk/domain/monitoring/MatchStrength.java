package org.creddesk.domain.monitoring;

/** How sure a hit is; none of them is a decision, a reviewer records that. */
public enum MatchStrength {
    /** The list row carries the provider's NPI. */
    DEFINITE,
    /** Normalized last and first name and the exact date of birth agree. */
    PROBABLE,
    /** Names agree with no date of birth to compare (in any state; another state ranks lower). */
    POSSIBLE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
