package org.creddesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates in sentences and cells people read: MM/DD/YYYY, as US coordinators write them. Stored and exchanged
 * dates stay ISO (YYYY-MM-DD).
 */
public final class ShownDates {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final DateTimeFormatter US_TIME = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm");

    private ShownDates() {
    }

    /** Empty for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : US.format(date);
    }

    /** A moment, in this computer's time zone; empty for none. */
    public static String format(Instant at) {
        return at == null ? "" : US_TIME.format(at.atZone(ZoneId.systemDefault()));
    }
}
