package org.creddesk.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.creddesk.domain.DeaNumber;
import org.creddesk.domain.Npi;
import org.creddesk.domain.TaxonomyCode;
import org.creddesk.domain.UsStates;

/**
 * What a column's first values say about it: the share of them that are NPIs passing the check digit, taxonomy
 * codes, dates, two-letter states, DEA numbers, ZIPs, phones, emails, Y/N flags. Only kinds whose pattern is
 * hard to hit by chance count as evidence for a field; the others only speak against a header that promised them.
 */
final class ValueEvidence {
    /** Evidence needs at least this many filled sample cells. */
    static final int MIN_SAMPLES = 3;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-?\\d{4})?");
    private static final Pattern TIN = Pattern.compile("\\d{2}-?\\d{7}");

    private final List<String> samples;
    private final Map<FieldKind, Integer> hits = new EnumMap<>(FieldKind.class);

    private ValueEvidence(List<String> samples, ValueNormalizer normalizer) {
        this.samples = samples;
        for (String s : samples) {
            for (FieldKind k : FieldKind.values()) {
                if (fits(k, s, normalizer)) {
                    hits.merge(k, 1, Integer::sum);
                }
            }
        }
    }

    /** The filled cells of one column among the sample rows. */
    static ValueEvidence of(List<String> values, LocalDate today) {
        List<String> filled = new ArrayList<>();
        for (String v : values) {
            String c = ValueNormalizer.clean(v);
            if (c != null) {
                filled.add(c);
            }
        }
        return new ValueEvidence(filled, new ValueNormalizer(today));
    }

    List<String> samples() {
        return samples;
    }

    boolean enough() {
        return samples.size() >= MIN_SAMPLES;
    }

    /** The share of sample values that fit a kind (0 when there are too few samples to say). */
    double share(FieldKind kind) {
        return enough() ? hits.getOrDefault(kind, 0) / (double) samples.size() : 0;
    }

    /** Kinds whose values identify a column by themselves, with no header to help. */
    static boolean distinctive(FieldKind kind) {
        return kind == FieldKind.NPI || kind == FieldKind.TAXONOMY || kind == FieldKind.DEA;
    }

    /** Kinds a header's promise can be checked against (a "DOB" column of names is no date of birth). */
    static boolean checkable(FieldKind kind) {
        return switch (kind) {
            case NPI, TAXONOMY, DEA, DATE, STATE, ZIP, PHONE, FLAG, TIN -> true;
            default -> false;
        };
    }

    /** One sentence for a person: "10 of 10 pass the NPI check". */
    String describe(FieldKind kind) {
        if (!enough()) {
            return "";
        }
        int n = hits.getOrDefault(kind, 0);
        String what = switch (kind) {
            case NPI -> "pass the NPI check";
            case TAXONOMY -> "are taxonomy codes";
            case DEA -> "are valid DEA numbers";
            case DATE -> "are dates";
            case STATE -> "are US state codes";
            case ZIP -> "are ZIP codes";
            case PHONE -> "are phone numbers";
            case FLAG -> "are Y/N";
            case TIN -> "are 9-digit tax ids";
            default -> "";
        };
        return what.isEmpty() ? "" : n + " of " + samples.size() + " " + what;
    }

    private static boolean fits(FieldKind kind, String s, ValueNormalizer normalizer) {
        return switch (kind) {
            case NPI -> {
                String digits = ValueNormalizer.plainNumber(s.replace(" ", ""));
                yield digits.length() == 10 && DIGITS.matcher(digits).matches() && Npi.isValid(digits);
            }
            case TAXONOMY -> s.length() == 10 && TaxonomyCode.isValid(s.toUpperCase(Locale.ROOT));
            case DEA -> s.length() == 9 && DeaNumber.isValid(s.toUpperCase(Locale.ROOT));
            case DATE -> normalizer.date(s, false, CellKind.TEXT).value() != null && !DIGITS.matcher(s).matches()
                    || s.matches("\\d{4}-\\d{2}-\\d{2}");
            case STATE -> s.length() == 2 && UsStates.isValid(s.toUpperCase(Locale.ROOT));
            case ZIP -> ZIP.matcher(ValueNormalizer.plainNumber(s)).matches();
            case PHONE -> {
                String digits = s.replaceAll("\\D", "");
                yield (digits.length() == 10 || digits.length() == 11 && digits.startsWith("1"))
                        && !DIGITS.matcher(s).matches() || digits.length() == 10 && s.startsWith("(");
            }
            case FLAG -> switch (s.toLowerCase(Locale.ROOT)) {
                case "y", "n", "yes", "no", "true", "false" -> true;
                default -> false;
            };
            case TIN -> TIN.matcher(s).matches() && s.contains("-");
            case DIGITS -> DIGITS.matcher(ValueNormalizer.plainNumber(s)).matches();
            case NAME, TEXT -> s.chars().anyMatch(Character::isLetter);
            case ACTION -> switch (s.toLowerCase(Locale.ROOT)) {
                case "a", "u", "t", "add", "update", "term", "change", "delete" -> true;
                default -> false;
            };
        };
    }
}
