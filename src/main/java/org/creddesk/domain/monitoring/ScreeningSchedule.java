package org.creddesk.domain.monitoring;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Ongoing monitoring (DOMAIN.md): screen at least once per calendar month, or within 30 days of an alert: an
 * exclusion list published after the last screening (both numbers are deadline settings).
 */
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

    /** The download day of the earliest list newer than the last screening (null when none, or never screened). */
    public static LocalDate alertSince(java.util.Collection<LocalDate> listDownloads, LocalDate lastScreened) {
        if (lastScreened == null) {
            return null;
        }
        return listDownloads.stream().filter(d -> d.isAfter(lastScreened)).min(LocalDate::compareTo).orElse(null);
    }

    /**
     * Like {@link #nextDue(LocalDate, LocalDate, int)}, and no later than {@code alertDays} after {@code alertSince},
     * the download day of the earliest list newer than the last screening (null when there is none). A provider
     * never screened is already due from the day it was added, so an alert cannot bring that forward.
     */
    public static LocalDate nextDue(LocalDate lastScreened, LocalDate addedOn, int months, LocalDate alertSince,
                                    int alertDays) {
        LocalDate due = nextDue(lastScreened, addedOn, months);
        if (lastScreened == null || alertSince == null || !alertSince.isAfter(lastScreened)) {
            return due;
        }
        LocalDate alertDue = alertSince.plusDays(alertDays);
        return alertDue.isBefore(due) ? alertDue : due;
    }
}
