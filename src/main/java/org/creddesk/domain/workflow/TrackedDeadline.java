package org.creddesk.domain.workflow;

import java.time.LocalDate;

/**
 * A deadline as the dashboard keeps it: the derived deadline, whose provider it is, and what a person did about
 * it (marked done, or snoozed until a date with a reason).
 */
public record TrackedDeadline(String id, Deadline deadline, String npi, String providerName, String coordinator,
                              boolean done, LocalDate doneOn, LocalDate snoozedUntil, String snoozeReason) {

    public boolean isSnoozedOn(LocalDate day) {
        return snoozedUntil != null && snoozedUntil.isAfter(day);
    }
}
