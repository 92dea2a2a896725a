package org.creddesk.domain.monitoring;

import java.util.List;
import java.util.Set;

/** Makes organization names comparable: legal forms (INC, LLC, PC...), "THE", "&"/"AND" do not count. */
public final class BusinessNames {
    /** LEIE cuts BUSNAME at 30 characters ("MEDLINK PROFESSIONAL MANAGEMEN"). */
    public static final int LEIE_BUSNAME_LENGTH = 30;
    private static final Set<String> NOISE = Set.of("INC", "INCORPORATED", "LLC", "PLLC", "PC", "PA", "LLP", "LP",
            "LTD", "CORP", "CORPORATION", "CO", "COMPANY", "THE", "AND", "OF");

    private BusinessNames() {
    }

    /** The significant words of an organization name, space separated. */
    public static String key(String raw) {
        List<String> t = NameNormalizer.tokens(raw == null ? null : raw.replace("&", " "));
        return String.join(" ", t.stream().filter(w -> !NOISE.contains(w)).toList());
    }

    /** The first significant word, used to index the list's businesses. */
    public static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }
}
