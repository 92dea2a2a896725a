package org.creddesk.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which dates a provider file may hold, the same for the window, the CLI and a roster import: a date of birth
 * makes the provider 16 to 110 years old; any other date (issue, expiry, start, end, effective) lies between
 * 1900 and 50 years from today. "12/31/9999" for "never expires" is refused: such a date is left empty.
 */
public final class PlausibleDates {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final int YEARS_AHEAD = 50;
    public static final int YOUNGEST_AGE = 16;
    public static final int OLDEST_AGE = 110;

    private PlausibleDates() {
    }

    public static boolean isPlausibleBirthDate(LocalDate date, LocalDate today) {
        return !date.isAfter(today.minusYears(YOUNGEST_AGE)) && !date.isBefore(today.minusYears(OLDEST_AGE));
    }

    public static boolean isPlausible(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(today.plusYears(YEARS_AHEAD));
    }

    /** Why a date of birth is not plausible, in words a person can check against the source. */
    public static Optional<String> birthDateProblem(LocalDate date, LocalDate today) {
        if (date.isAfter(today.minusYears(YOUNGEST_AGE))) {
            return Optional.of("not a plausible date of birth: the provider would be younger than " + YOUNGEST_AGE);
        }
        if (date.isBefore(today.minusYears(OLDEST_AGE))) {
            return Optional.of("not a plausible date of birth: the provider would be older than " + OLDEST_AGE);
        }
        return Optional.empty();
    }

    /** Why another date is not plausible; a far-future "no end" date is told to be left empty instead. */
    public static Optional<String> problem(LocalDate date, LocalDate today) {
        if (date.isBefore(EARLIEST)) {
            return Optional.of("not a plausible date: it is before " + EARLIEST.getYear());
        }
        if (date.isAfter(today.plusYears(YEARS_AHEAD))) {
            return Optional.of("not a plausible date: it is more than " + YEARS_AHEAD
                    + " years ahead (leave it empty when there is no end date)");
        }
        return Optional.empty();
    }
}
