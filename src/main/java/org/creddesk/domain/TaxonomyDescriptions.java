package org.creddesk.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The descriptions of the NUCC code set in force ({@code version} "25.1"), by code; empty when none was imported.
 * A code it does not know is a warning, never an error: the code set may be older than the code.
 */
public record TaxonomyDescriptions(String version, Map<String, String> byCode) {
    public TaxonomyDescriptions {
        byCode = Map.copyOf(byCode);
    }

    public static TaxonomyDescriptions none() {
        return new TaxonomyDescriptions(null, Map.of());
    }

    /** Whether a code set was imported at all (without one, no code can be called unknown). */
    public boolean imported() {
        return version != null;
    }

    public Optional<String> of(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    /** The code set's description, else {@code typed} (what was entered with the code), else empty. */
    public String shown(String code, String typed) {
        return of(code).orElse(typed == null ? "" : typed);
    }

    /** Whether {@code code} is well-formed, a code set is in force and does not list it. */
    public boolean isUnknown(String code) {
        return imported() && TaxonomyCode.isValid(code) && of(code).isEmpty();
    }

    /** The warning for an unknown code, in the words the CLI and roster reports use; empty for a known one. */
    public Optional<String> warning(String code) {
        return isUnknown(code) ? Optional.of("'" + code.strip() + "' is not in the NUCC taxonomy code set " + version
                + " (kept: the code set may be older than the code)") : Optional.empty();
    }
}
