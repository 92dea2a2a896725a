package org.creddesk.roster;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A data row after normalization: only the cells that held a usable value. */
public record RosterRow(int number, Map<RosterField, String> values) {
    public RosterRow {
        values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(RosterField.class) : new EnumMap<>(values));
    }

    public String get(RosterField field) {
        return values.get(field);
    }

    public boolean has(RosterField field) {
        return values.containsKey(field);
    }

    public String npi() {
        return values.get(RosterField.NPI);
    }

    public String displayName() {
        String last = values.getOrDefault(RosterField.LAST_NAME, "");
        String first = values.getOrDefault(RosterField.FIRST_NAME, "");
        return last + ", " + first;
    }
}
