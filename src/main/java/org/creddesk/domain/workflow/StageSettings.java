package org.creddesk.domain.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many days a provider is expected to spend in each lifecycle stage; a card past its stage's days is marked on
 * the pipeline. A stage without a number (Ongoing, Inactive) has no expectation.
 */
public record StageSettings(Map<LifecycleStage, Integer> expectedDays) {
    public StageSettings {
        EnumMap<LifecycleStage, Integer> copy = new EnumMap<>(LifecycleStage.class);
        expectedDays.forEach((stage, days) -> {
            if (days != null && days > 0) {
                copy.put(stage, days);
            }
        });
        expectedDays = Collections.unmodifiableMap(copy);
    }

    public static StageSettings defaults() {
        return new StageSettings(Map.of(LifecycleStage.RECRUITING, 30, LifecycleStage.CREDENTIALING, 90,
                LifecycleStage.CONTRACTING, 60, LifecycleStage.ONBOARDING, 30));
    }

    /** The expected days of a stage, or null when it has none. */
    public Integer expectedDaysOf(LifecycleStage stage) {
        return expectedDays.get(stage);
    }

    public boolean isOverdue(LifecycleStage stage, long daysInStage) {
        Integer expected = expectedDays.get(stage);
        return expected != null && daysInStage > expected;
    }
}
