package org.creddesk.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** NUCC health care provider taxonomy code: 9 characters [0-9A-Z] then X. */
public final class TaxonomyCode {
    private static final Pattern FORMAT = Pattern.compile("^[0-9A-Z]{9}X$");

    private TaxonomyCode() {
    }

    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }

    public static Optional<Problem> check(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(Problem.of("taxonomy", "validation.required", "Taxonomy code is required"));
        }
        if (!FORMAT.matcher(code.strip()).matches()) {
            return Optional.of(Problem.of("taxonomy", "validation.taxonomy.format",
                    "Taxonomy code must be 9 letters or digits followed by X"));
        }
        return Optional.empty();
    }
}
