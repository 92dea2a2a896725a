package org.creddesk.domain.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One screening of every active provider: when, against which list versions, how many, and the hits found. */
public record ScreeningRun(String id, Instant screenedAt, LocalDate screenedOn, List<String> listVersionIds,
                           int providersScreened, int hits, int newHits, String actor) {
    public ScreeningRun {
        listVersionIds = List.copyOf(listVersionIds);
    }
}
