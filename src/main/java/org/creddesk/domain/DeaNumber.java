package org.creddesk.domain;

import java.util.Optional;

/** DEA registration number: two letters (second may be 9) and 7 digits with a check digit. */
public final class DeaNumber {
    private DeaNumber() {
    }

    public static boolean isValid(String dea) {
        return check(dea).isEmpty();
    }

    public static Optional<Problem> check(String dea) {
        if (dea == null || dea.isBlank()) {
            return Optional.of(Problem.of("dea", "validation.required", "DEA number is required"));
        }
        String s = stripSuffix(dea.strip().toUpperCase());
        if (!s.matches("[A-Z][A-Z9]\\d{7}")) {
            return Optional.of(Problem.of("dea", "validation.dea.format",
                    "DEA number must be two letters and 7 digits"));
        }
        int[] d = new int[7];
        for (int i = 0; i < 7; i++) {
            d[i] = s.charAt(2 + i) - '0';
        }
        int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
        if (sum % 10 != d[6]) {
            return Optional.of(Problem.of("dea", "validation.dea.checkDigit", "DEA check digit is wrong"));
        }
        return Optional.empty();
    }

    /** Institutional DEA numbers carry a "-suffix" for the individual practitioner; it is not checked. */
    public static String stripSuffix(String dea) {
        int dash = dea.indexOf('-');
        return dash < 0 ? dea : dea.substring(0, dash);
    }
}
