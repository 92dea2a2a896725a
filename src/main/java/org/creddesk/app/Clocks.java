package org.creddesk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/** Builds the clock every date rule reads: the real one, or one whose "today" is the --as-of date. */
public final class Clocks {
    private Clocks() {
    }

    /** Time keeps running (so the change log orders correctly), but the date is {@code asOf}. */
    public static Clock asOf(LocalDate asOf, Clock base) {
        ZoneId zone = base.getZone();
        LocalDate today = LocalDate.now(base);
        return Clock.offset(base, Duration.between(today.atStartOfDay(zone), asOf.atStartOfDay(zone)));
    }
}
