package org.creddesk.roster;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The person's decisions on conflicts, by row and field: keep the current value (the default, also for the
 * CLI), take the incoming one, or type another. Only resolutions a person gave ({@link #byPerson()}, the window's
 * preview or {@code roster import --keep-mine}) remember a "keep mine" so the same roster value is not asked again;
 * {@link #KEEP_ALL} keeps every current value and leaves each conflict open for the next import to ask again.
 */
public final class Resolutions {
    public static final Resolutions KEEP_ALL = new Resolutions(false);

    private final Map<String, String> chosen = new HashMap<>();
    private final boolean answeredByPerson;

    private Resolutions(boolean answeredByPerson) {
        this.answeredByPerson = answeredByPerson;
    }

    /** Decisions a person made on every conflict shown (what is not {@link #use}d is kept). */
    public static Resolutions byPerson() {
        return new Resolutions(true);
    }

    /** Whether a kept conflict is a person's answer, remembered for the next import. */
    public boolean answeredByPerson() {
        return answeredByPerson;
    }

    public Resolutions keep(int row, RosterField field) {
        if (this == KEEP_ALL) {
            return this;
        }
        chosen.remove(key(row, field));
        return this;
    }

    /** Applies {@code value} (the incoming one, or one the person typed). */
    public Resolutions use(int row, RosterField field, String value) {
        if (this == KEEP_ALL) {
            throw new IllegalStateException("KEEP_ALL is shared: make your own with byPerson()");
        }
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
