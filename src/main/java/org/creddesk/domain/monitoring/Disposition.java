package org.creddesk.domain.monitoring;

import java.util.Locale;

/** A reviewer's decision on a hit. */
public enum Disposition {
    CONFIRMED, FALSE_POSITIVE, CANNOT_DETERMINE,
    /**
     * The match is the provider, and the exclusion has ended: only for a hit whose list row is no longer in force
     * (a reinstatement or an ended SAM exclusion on the list, or a row the list no longer carries). A
     * reinstatement on the list never closes a hit by itself: a person checks it and records this.
     */
    REINSTATED;

    /** {@code false-positive} as typed on a command line, or the enum name. */
    public static Disposition parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a disposition: use confirmed, false-positive, cannot-determine or reinstated");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
