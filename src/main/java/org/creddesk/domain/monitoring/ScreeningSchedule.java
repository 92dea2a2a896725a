package org.creddesk.domain.monitoring;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Ongoing monitoring: screen at least once per calendar month (DOMAIN.md). */
public final class ScreeningSchedule {
    private ScreeningSchedule() {
    }

    /**
     * The last day the next screening may happen: the end of the calendar month after the last screening.
     * Never screened: due {@code today}.
     */
    public static LocalDate nextDue(LocalDate lastScreened, LocalDate today) {
        if (lastScreened == null) {
            return today;
        }
        return lastScreened.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
    }
}
