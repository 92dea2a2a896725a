package org.creddesk.domain.monitoring;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Ongoing monitoring: screen at least once per calendar month (DOMAIN.md; the number is a deadline setting). */
public final class ScreeningSchedule {
    private ScreeningSchedule() {
    }

    /**
     * The last day the next screening may happen: the end of the calendar month {@code months} after the month
     * of the last screening. Never screened: due the day the provider was added ({@code addedOn}), so a
     * provider nobody screened is overdue from the day after.
     */
    public static LocalDate nextDue(LocalDate lastScreened, LocalDate addedOn, int months) {
        if (lastScreened == null) {
            return addedOn;
        }
        return lastScreened.plusMonths(months).with(TemporalAdjusters.lastDayOfMonth());
    }
}
