package org.creddesk.domain;

import java.util.List;
import java.util.Set;

/** Two-letter codes of US states, DC and territories, as licensing boards use them. */
public final class UsStates {
    public static final List<String> CODES = List.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
            "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
            "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY", "PR", "VI", "GU", "AS", "MP");
    private static final Set<String> SET = Set.copyOf(CODES);

    private UsStates() {
    }

    public static boolean isValid(String code) {
        return code != null && SET.contains(code.strip().toUpperCase());
    }
}
