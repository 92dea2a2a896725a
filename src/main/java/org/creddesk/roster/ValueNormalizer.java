package org.creddesk.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creddesk.domain.CleanText;
import org.creddesk.domain.DeaNumber;
import org.creddesk.domain.Npi;
import org.creddesk.domain.PlausibleDates;
import org.creddesk.domain.TaxonomyCode;
import org.creddesk.domain.UsStates;

/**
 * Turns cell text as spreadsheets deliver it into the stored form: NPIs without ".0" or exponent, ZIPs padded
 * back to five digits, dates from every common form to ISO, Y/N flags, "N/A" as empty. Pure; dates that need
 * "today" (two-digit years, plausibility) take it from the caller.
 * <p>
 * What it refuses rather than guesses: control characters ({@link CleanText}; line breaks become spaces), dates
 * the window would refuse ({@link PlausibleDates}), a bare number as a date unless it came from a number cell
 * (an Excel serial; "2027" in a CSV is not 07/19/1905), and identifiers in scientific notation that lost digits
 * ({@code 1.23469E+09} keeps 6 of an NPI's 10).
 */
public final class ValueNormalizer {
    private static final Set<String> EMPTY_WORDS = Set.of("n/a", "na", "none", "null", "-", "--", "n.a.", "#n/a");
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9.]+[eE][+-]?[0-9]+");
    private static final Pattern E_NOTATION = Pattern.compile("[+-]?(\\d+)(?:\\.(\\d*))?[eE]([+-]?\\d+)");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern INTEGRAL_DECIMAL = Pattern.compile("\\d+\\.0+");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d\\d");
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

    /** A text cell (CSV, or a string cell of a workbook). */
    public CellValue normalize(RosterField field, String raw) {
        return normalize(field, raw, CellKind.TEXT);
    }

    public CellValue normalize(RosterField field, String raw, CellKind kind) {
        String s = clean(raw);
        if (s == null) {
            return CellValue.EMPTY;
        }
        Optional<String> control = CleanText.refusedCharacter(s);
        if (control.isPresent()) {
            return CellValue.invalid("'" + CleanText.visible(s) + "' holds a control character (" + control.get()
                    + ") that no roster value has: remove it in the source file");
        }
        s = CleanText.folded(s);
        if (s.isEmpty()) {
            return CellValue.EMPTY;
        }
        Optional<String> lossy = field.kind() == FieldKind.NPI ? lostNpiDigits(s, kind) : lostDigits(field, s);
        if (lossy.isPresent()) {
            return CellValue.invalid(lossy.get());
        }
        return switch (field.kind()) {
            case TEXT, NAME -> CellValue.of(s.indexOf("  ") < 0 ? s : SPACES.matcher(s).replaceAll(" "));
            case NPI -> npi(s);
            case DATE -> date(s, field == RosterField.DATE_OF_BIRTH, kind);
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

    /**
     * Digits Excel dropped: E-notation text writes fewer digits after the point than its exponent ("1.23469E+09"
     * stands for 1234690000 whatever the NPI was), so the number it stands for ends in zeros nobody wrote.
     */
    static Optional<Integer> writtenDigitsIfLossy(String s) {
        Matcher m = E_NOTATION.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String fraction = m.group(2) == null ? "" : m.group(2);
        int exponent;
        try {
            exponent = Integer.parseInt(m.group(3));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (exponent <= fraction.length()) {
            return Optional.empty();
        }
        String digits = (m.group(1) + fraction).replaceFirst("^0+", "");
        return Optional.of(digits.length());
    }

    private static Optional<String> lostNpiDigits(String s, CellKind kind) {
        String compact = s.replace(" ", "");
        Optional<Integer> written = writtenDigitsIfLossy(compact);
        if (written.isPresent()) {
            return Optional.of("'" + s + "' is in scientific notation and keeps only " + written.get() + " of an NPI's "
                    + "10 digits (Excel dropped the rest when the file was saved): format the column as Text in the "
                    + "source and export it again");
        }
        if (kind == CellKind.NUMBER_SHOWN_SCIENTIFIC && compact.matches("\\d+")) {
            int significant = compact.replaceFirst("0+$", "").length();
            if (significant < 10) {
                return Optional.of("'" + s + "' is a number shown in scientific notation with only " + significant
                        + " significant digits, as Excel leaves an NPI column it has rounded: format the column as "
                        + "Text and enter the NPIs again");
            }
        }
        return Optional.empty();
    }

    /** Other identifiers (CAQH id, TIN, ZIP, phone) lose digits to scientific notation the same way. */
    private static Optional<String> lostDigits(RosterField field, String s) {
        FieldKind k = field.kind();
        if (k != FieldKind.DIGITS && k != FieldKind.TIN && k != FieldKind.ZIP && k != FieldKind.PHONE) {
            return Optional.empty();
        }
        return writtenDigitsIfLossy(s.replace(" ", "")).map(n -> "'" + s + "' is in scientific notation and has "
                + "lost digits (Excel dropped them when the file was saved): format the column as Text in the source "
                + "and export it again");
    }

    /** Digits of a number Excel may have shown as 1.23456789E9 or 1234567893.0. */
    static String plainNumber(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        if (SCIENTIFIC.matcher(s).matches() || INTEGRAL_DECIMAL.matcher(s).matches()) {
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

    /** A date in any common form, checked as the window checks it; a bare number only from a number cell. */
    CellValue date(String s, boolean birthDate, CellKind kind) {
        if (s.length() == 4 && YEAR.matcher(s).matches()) {
            // a year typed alone, in a number cell as much as in text; as a serial it would be a day in 1905
            return CellValue.invalid("'" + s + "' is a year, not a date: write the whole date as MM/DD/YYYY");
        }
        LocalDate parsed = parseDate(s, birthDate, kind);
        if (parsed == null) {
            return CellValue.invalid(!kind.isNumber() && SERIAL.matcher(s).matches()
                    ? "'" + s + "' is a number, not a date (a date serial is only read from a number cell of a "
                    + "workbook): write the date as MM/DD/YYYY"
                    : "'" + s + "' is not a date");
        }
        Optional<String> implausible = birthDate ? PlausibleDates.birthDateProblem(parsed, today)
                : PlausibleDates.problem(parsed, today);
        return implausible.map(p -> CellValue.invalid("'" + s + "' is " + p)).orElseGet(() -> CellValue.of(parsed.toString()));
    }

    private LocalDate parseDate(String s, boolean birthDate, CellKind kind) {
        if (SERIAL.matcher(s).matches()) {
            double serial = Double.parseDouble(s);
            return kind.isNumber() && serial >= 1 && serial < 2958466 ? EXCEL_EPOCH.plusDays((long) serial) : null;
        }
        if (s.length() == 10 && ISO_DATE.matcher(s).matches()) {
            // what the cell formatter gives for every date-formatted cell: parse it without trying other forms
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        String text = s.length() > 10 && s.matches("\\d{4}-\\d{2}-\\d{2}[T ].*") ? s.substring(0, 10) : s;
        for (DateTimeFormatter f : FOUR_DIGIT_YEAR) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : TWO_DIGIT_YEAR) {
            try {
                return centuryFor(LocalDate.parse(text, f), birthDate);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
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
        String digits = NON_DIGITS.matcher(plainNumber(s)).replaceAll("");
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
            return a.equals(b) || NON_DIGITS.matcher(a).replaceAll("").equals(NON_DIGITS.matcher(b).replaceAll(""));
        }
        return a.equals(b);
    }
}
