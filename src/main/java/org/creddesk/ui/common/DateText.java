package org.creddesk.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as coordinators type them: MM/DD/YYYY (shown) or YYYY-MM-DD (accepted too). */
public final class DateText {
    private static final DateTimeFormatter US_LOOSE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateText() {
    }

    /** Empty for blank text; throws {@link DateTimeException} for text that is not a real date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of(LocalDate.parse(s));
        }
        if (s.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            return Optional.of(LocalDate.parse(s, US_LOOSE));
        }
        throw new DateTimeException("not a date: use MM/DD/YYYY");
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public static String format(LocalDate date) {
        return org.creddesk.domain.ShownDates.format(date);
    }
}
