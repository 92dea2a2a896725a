package org.creddesk.domain.monitoring;

import java.util.Locale;

/** A reviewer's decision on a hit. */
public enum Disposition {
    CONFIRMED, FALSE_POSITIVE, CANNOT_DETERMINE;

    /** {@code false-positive} as typed on a command line, or the enum name. */
    public static Disposition parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a disposition: use confirmed, false-positive or cannot-determine");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
