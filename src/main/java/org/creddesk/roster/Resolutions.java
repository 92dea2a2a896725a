package org.creddesk.roster;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The person's decisions on conflicts, by row and field: keep the current value (the default, also for the
 * CLI), take the incoming one, or type another.
 */
public final class Resolutions {
    public static final Resolutions KEEP_ALL = new Resolutions();

    private final Map<String, String> chosen = new HashMap<>();

    public Resolutions keep(int row, RosterField field) {
        chosen.remove(key(row, field));
        return this;
    }

    /** Applies {@code value} (the incoming one, or one the person typed). */
    public Resolutions use(int row, RosterField field, String value) {
        chosen.put(key(row, field), value);
        return this;
    }

    public Optional<String> valueFor(int row, RosterField field) {
        String k = key(row, field);
        return chosen.containsKey(k) ? Optional.ofNullable(chosen.get(k)) : Optional.empty();
    }

    private static String key(int row, RosterField field) {
        return row + ":" + field.name();
    }
}
