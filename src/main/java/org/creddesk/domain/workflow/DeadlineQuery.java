package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which open deadlines to list on {@code asOf}: those due within {@code withinDays} (overdue ones included), or,
 * when {@code withinDays} is null, those whose warning window has opened. Done deadlines and deadlines snoozed
 * past {@code asOf} are left out unless asked for.
 */
public record DeadlineQuery(LocalDate asOf, Integer withinDays, Set<DeadlineKind> kinds, String coordinator,
                            String providerId, boolean includeDone, boolean includeSnoozed, int limit) {

    public DeadlineQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static DeadlineQuery alertingOn(LocalDate asOf) {
        return new DeadlineQuery(asOf, null, Set.of(), null, null, false, false, Integer.MAX_VALUE);
    }

    public static DeadlineQuery within(LocalDate asOf, int days) {
        return new DeadlineQuery(asOf, days, Set.of(), null, null, false, false, Integer.MAX_VALUE);
    }

    public DeadlineQuery withKinds(Set<DeadlineKind> k) {
        return new DeadlineQuery(asOf, withinDays, k, coordinator, providerId, includeDone, includeSnoozed, limit);
    }

    public DeadlineQuery withCoordinator(String c) {
        return new DeadlineQuery(asOf, withinDays, kinds, c, providerId, includeDone, includeSnoozed, limit);
    }

    public DeadlineQuery forProvider(String id) {
        return new DeadlineQuery(asOf, withinDays, kinds, coordinator, id, includeDone, includeSnoozed, limit);
    }

    public DeadlineQuery includingSnoozed() {
        return new DeadlineQuery(asOf, withinDays, kinds, coordinator, providerId, includeDone, true, limit);
    }

    public DeadlineQuery includingDone() {
        return new DeadlineQuery(asOf, withinDays, kinds, coordinator, providerId, true, includeSnoozed, limit);
    }
}
