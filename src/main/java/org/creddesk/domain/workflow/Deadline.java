package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One derived deadline. {@code due} is the last day the item is in order (a license expiring on the 31st is valid
 * that day); it is overdue from the day after. {@code warnFrom} is the first day it alerts. {@code sourceId} is the
 * id of the record it comes from (license, affiliation, enrollment...), so the key stays stable across refreshes
 * while its due date and subject do not move; a renewed record gets a new key and so closes the old alert.
 */
public record Deadline(String providerId, DeadlineKind kind, String subject, LocalDate due, LocalDate warnFrom,
                       String sourceId, List<Integer> alertStages) {

    public Deadline {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(warnFrom, "warnFrom");
        alertStages = alertStages == null ? List.of() : List.copyOf(alertStages);
    }

    /** Stable identity of this deadline: same record, kind, due date and subject. */
    public String key() {
        return kind.code() + ":" + sourceId + ":" + due + ":" + subject;
    }

    public DeadlineStatus statusOn(LocalDate today) {
        if (today.isAfter(due)) {
            return DeadlineStatus.OVERDUE;
        }
        return today.isBefore(warnFrom) ? DeadlineStatus.UPCOMING : DeadlineStatus.DUE;
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    /**
     * The alert stage reached on {@code today}: the smallest stage (in days before due) not later than today, e.g.
     * 30 when 20 days are left with stages 90/60/30/14/7/0; "expired" once overdue; empty before the first stage or
     * when the kind has no stages.
     */
    public String stageOn(LocalDate today) {
        long left = daysLeft(today);
        if (left < 0) {
            return "expired";
        }
        Integer reached = null;
        for (Integer stage : alertStages) {
            if (left <= stage && (reached == null || stage < reached)) {
                reached = stage;
            }
        }
        return reached == null ? "" : reached + "d";
    }
}
