package org.creddesk.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.creddesk.domain.DeaNumber;
import org.creddesk.domain.Npi;
import org.creddesk.domain.TaxonomyCode;
import org.creddesk.domain.UsStates;

/**
 * Turns cell text as spreadsheets deliver it into the stored form: NPIs without ".0" or exponent, ZIPs padded
 * back to five digits, dates from every common form to ISO, Y/N flags, "N/A" as empty. Pure; dates that need
 * "today" (two-digit years) take it from the caller.
 */
public final class ValueNormalizer {
    private static final Set<String> EMPTY_WORDS = Set.of("n/a", "na", "none", "null", "-", "--", "n.a.", "#n/a");
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9.]+[eE][+-]?[0-9]+");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(\\.0+)?");
    private static final List<DateTimeFormatter> FOUR_DIGIT_YEAR = List.of(
            strict("uuuu-MM-dd"), strict("M/d/uuuu"), strict("M-d-uuuu"), strict("uuuu/M/d"), strict("M.d.uuuu"),
            strictText("d-MMM-uuuu"), strictText("d MMM uuuu"), strictText("MMM d, uuuu"), strictText("MMMM d, uuuu"),
            strict("uuuuMMdd"));
    private static final List<DateTimeFormatter> TWO_DIGIT_YEAR = List.of(strict("M/d/uu"), strict("M-d-uu"),
            strictText("d-MMM-uu"));
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final LocalDate today;

    public ValueNormalizer(LocalDate today) {
        this.today = today;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter strictText(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** Surrounding spaces trimmed; "N/A", "none" and friends are empty. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace('\u00A0', ' ').strip();
        if (s.isEmpty() || EMPTY_WORDS.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return s;
    }

    public CellValue normalize(RosterField field, String raw) {
        String s = clean(raw);
        if (s == null) {
            return CellValue.EMPTY;
        }
        return switch (field.kind()) {
            case TEXT, NAME -> CellValue.of(s.replaceAll("\\s{2,}", " "));
            case NPI -> npi(s);
            case DATE -> date(s, field == RosterField.DATE_OF_BIRTH);
            case FLAG -> flag(s);
            case STATE -> state(s);
            case ZIP -> zip(s);
            case PHONE -> phone(s);
            case DIGITS -> digits(s);
            case TIN -> tin(s);
            case DEA -> dea(s);
            case TAXONOMY -> taxonomy(s);
            case ACTION -> action(s);
        };
    }

    /** Digits of a number Excel may have shown as 1.23456789E9 or 1234567893.0. */
    static String plainNumber(String s) {
        if (SCIENTIFIC.matcher(s).matches() || s.matches("\\d+\\.0+")) {
            try {
                return new BigDecimal(s).toBigIntegerExact().toString();
            } catch (ArithmeticException | NumberFormatException e) {
                return s;
            }
        }
        return s;
    }

    private static CellValue npi(String s) {
        String digits = Npi.normalize(plainNumber(s.replace(" ", "")));
        return Npi.check(digits).map(p -> CellValue.invalid(p.message() + " ('" + s + "')"))
                .orElseGet(() -> CellValue.of(digits));
    }

    private static CellValue digits(String s) {
        String plain = plainNumber(s).replaceAll("[\\s-]", "");
        return plain.matches("\\d+") ? CellValue.of(plain) : CellValue.invalid("'" + s + "' should hold digits only");
    }

    /** A TIN/EIN as NN-NNNNNNN; a numeric cell that lost leading zeros gets them back. */
    private static CellValue tin(String s) {
        String digits = plainNumber(s).replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{7,9}")) {
            return CellValue.invalid("'" + s + "' is not a 9-digit tax id");
        }
        String nine = "0".repeat(9 - digits.length()) + digits;
        return CellValue.of(nine.substring(0, 2) + "-" + nine.substring(2));
    }

    CellValue date(String s, boolean birthDate) {
        if (SERIAL.matcher(s).matches()) {
            double serial = Double.parseDouble(s);
            if (serial >= 1 && serial < 2958466) {
                return CellValue.of(EXCEL_EPOCH.plusDays((long) serial).toString());
            }
        }
        String text = s.length() > 10 && s.matches("\\d{4}-\\d{2}-\\d{2}[T ].*") ? s.substring(0, 10) : s;
        for (DateTimeFormatter f : FOUR_DIGIT_YEAR) {
            try {
                return CellValue.of(LocalDate.parse(text, f).toString());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : TWO_DIGIT_YEAR) {
            try {
                return CellValue.of(centuryFor(LocalDate.parse(text, f), birthDate).toString());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return CellValue.invalid("'" + s + "' is not a date");
    }

    /** Two-digit years: a birth date is never in the future; other dates fall within 50 years ahead. */
    private LocalDate centuryFor(LocalDate parsed, boolean birthDate) {
        // java.time's "uu" reads 2000-2099.
        if (birthDate) {
            return parsed.isAfter(today) ? parsed.minusYears(100) : parsed;
        }
        return parsed.isAfter(today.plusYears(50)) ? parsed.minusYears(100) : parsed;
    }

    private static CellValue flag(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1", "x", "open" -> CellValue.of("Y");
            case "n", "no", "false", "0", "closed" -> CellValue.of("N");
            default -> CellValue.invalid("'" + s + "' is not Y/N");
        };
    }

    private static CellValue state(String s) {
        String code = s.toUpperCase(Locale.ROOT);
        return UsStates.isValid(code) ? CellValue.of(code) : CellValue.invalid("'" + s + "' is not a US state code");
    }

    private static CellValue zip(String s) {
        String plain = plainNumber(s).replace(" ", "");
        if (plain.matches("\\d{1,5}")) {
            return CellValue.of("0".repeat(5 - plain.length()) + plain);
        }
        if (plain.matches("\\d{5}-\\d{4}")) {
            return CellValue.of(plain);
        }
        if (plain.matches("\\d{6,9}")) {
            String nine = "0".repeat(9 - plain.length()) + plain;
            return CellValue.of(nine.substring(0, 5) + "-" + nine.substring(5));
        }
        return CellValue.invalid("'" + s + "' is not a ZIP code");
    }

    private static CellValue phone(String s) {
        String digits = plainNumber(s).replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() == 10) {
            return CellValue.of("(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6));
        }
        return digits.length() >= 7 ? CellValue.of(s) : CellValue.invalid("'" + s + "' is not a phone number");
    }

    private static CellValue dea(String s) {
        String number = s.toUpperCase(Locale.ROOT).replace(" ", "");
        return DeaNumber.isValid(number) ? CellValue.of(number)
                : CellValue.invalid("'" + s + "' is not a valid DEA number");
    }

    private static CellValue taxonomy(String s) {
        String code = s.toUpperCase(Locale.ROOT);
        return TaxonomyCode.isValid(code) ? CellValue.of(code)
                : CellValue.invalid("'" + s + "' is not a taxonomy code");
    }

    private static CellValue action(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "a", "add", "new", "addition" -> CellValue.of("ADD");
            case "u", "update", "change", "chg", "modify" -> CellValue.of("UPDATE");
            case "t", "term", "termed", "terminate", "termination", "delete" -> CellValue.of("TERM");
            default -> CellValue.invalid("'" + s + "' is not Add, Update or Term");
        };
    }

    /** Two values are the same for comparison: phones by digits, everything else exactly. */
    public static boolean sameValue(RosterField field, String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (field.kind() == FieldKind.PHONE || field.kind() == FieldKind.TIN) {
            return a.replaceAll("\\D", "").equals(b.replaceAll("\\D", ""));
        }
        return a.equals(b);
    }
}
