package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A provider's current lifecycle stage, since when and how it got there; {@code facts} is the stage the file's
 * facts said at the last refresh (a fact moves the stage only when what the facts say changes, so a person's move
 * backwards holds until something new happens).
 */
public record ProviderStage(String providerId, LifecycleStage stage, LocalDate since, StageCause cause,
                            LifecycleStage facts) {
    public long daysIn(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(since, today));
    }
}
