package org.creddesk.domain.monitoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes names comparable across lists and records: case, diacritics (MÜLLER = Müller), punctuation, hyphens and
 * spaces (Smith-Jones = SMITH JONES = SMITHJONES), generational and degree suffixes (JR, III, MD...).
 */
public final class NameNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV", "V", "MD", "DO", "PHD", "DDS",
            "DMD", "DPM", "DC", "OD", "RN", "LPN", "NP", "APRN", "CRNA", "PA", "PAC", "PT", "DPT", "LCSW", "PSYD",
            "ESQ", "FACP", "FACS", "MBBS", "PHARMD", "RPH");

    private NameNormalizer() {
    }

    /** Upper-case ASCII tokens without marks and punctuation; apostrophes and periods join (O'Brien = OBRIEN). */
    public static List<String> tokens(String raw) {
        List<String> result = new ArrayList<>();
        if (raw == null) {
            return result;
        }
        String s = fold(raw);
        // A hand-written split: String.split with a regex compiles it on every call, and this runs millions of times.
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean word = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                result.add(s.substring(start, i));
                start = -1;
            }
        }
        return result;
    }

    /** Letters folded to plain upper-case ASCII; characters that do not decompose get their usual spelling. */
    static String fold(String raw) {
        if (isAscii(raw)) {
            // The common case (every LEIE row): skip decomposition, which dominates screening time otherwise.
            return raw.toUpperCase(Locale.ROOT).replace("'", "").replace(".", "");
        }
        String s = raw.replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae").replace("Ø", "O").replace("ø", "o")
                .replace("Ł", "L").replace("ł", "l").replace("Œ", "OE").replace("œ", "oe");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return s.toUpperCase(Locale.ROOT).replace("'", "").replace("’", "").replace(".", "");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The tokens of a person's name part without trailing suffixes (a lone suffix is kept: "V" may be a name). */
    public static List<String> nameTokens(String raw) {
        List<String> t = tokens(raw);
        while (t.size() > 1 && SUFFIXES.contains(t.get(t.size() - 1))) {
            t.remove(t.size() - 1);
        }
        return t;
    }

    /** The comparison key of a last name: its tokens joined, so hyphens and spaces do not matter. */
    public static String lastNameKey(String raw) {
        return String.join("", nameTokens(raw));
    }

    /** The parts of a compound last name (Garcia-Lopez: GARCIA, LOPEZ); empty for a simple one. */
    public static List<String> compoundParts(String raw) {
        List<String> t = nameTokens(raw);
        return t.size() > 1 ? t.stream().filter(p -> p.length() > 1).toList() : List.of();
    }

    /** The comparison key of a first name: its first token ("MARY ANN" compares as MARY), or "" when none. */
    public static String firstNameKey(String raw) {
        List<String> t = nameTokens(raw);
        return t.isEmpty() ? "" : t.get(0);
    }
}
