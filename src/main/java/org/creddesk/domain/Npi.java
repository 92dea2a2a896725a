package org.creddesk.domain;

import java.util.Optional;

/** National Provider Identifier: 10 digits, first 1 or 2, Luhn check digit over "80840" + NPI. */
public final class Npi {
    private Npi() {
    }

    public static boolean isValid(String npi) {
        return check(npi).isEmpty();
    }

    /** Empty when valid; otherwise the reason. */
    public static Optional<Problem> check(String npi) {
        if (npi == null || npi.isBlank()) {
            return Optional.of(Problem.of("npi", "validation.required", "NPI is required"));
        }
        String s = npi.strip();
        if (!s.matches("\\d{10}")) {
            return Optional.of(Problem.of("npi", "validation.npi.format", "NPI must be 10 digits"));
        }
        if (s.charAt(0) != '1' && s.charAt(0) != '2') {
            return Optional.of(Problem.of("npi", "validation.npi.prefix", "NPI must start with 1 or 2"));
        }
        if (checkDigit(s.substring(0, 9)) != s.charAt(9) - '0') {
            return Optional.of(Problem.of("npi", "validation.npi.checkDigit", "NPI check digit is wrong"));
        }
        return Optional.empty();
    }

    /** The check digit for the first nine digits of an NPI. */
    public static int checkDigit(String firstNine) {
        int sum = 24; // the constant contributed by the "80840" prefix
        for (int i = 0; i < 9; i++) {
            int d = firstNine.charAt(8 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /** Strips an NPI as spreadsheets deliver it ("1234567893.0", " 1234567893 ") to its digits. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }
}
