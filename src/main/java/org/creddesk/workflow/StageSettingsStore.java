package org.creddesk.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.StageSettings;
import org.creddesk.store.SettingsRepository;

/**
 * The expected days per lifecycle stage as settings: one key per stage ({@code workflow.stage.expectedDays.CREDENTIALING}),
 * the default when a person never changed it; a change is logged with its old and new value.
 */
public final class StageSettingsStore {
    static final String PREFIX = "workflow.stage.expectedDays.";

    private final SettingsRepository settings;

    public StageSettingsStore(SettingsRepository settings) {
        this.settings = settings;
    }

    public StageSettings load() {
        Map<LifecycleStage, Integer> days = new EnumMap<>(StageSettings.defaults().expectedDays());
        for (LifecycleStage stage : LifecycleStage.values()) {
            settings.get(PREFIX + stage.name()).ifPresent(v -> {
                try {
                    days.put(stage, Integer.valueOf(v.strip()));
                } catch (NumberFormatException e) {
                    // a hand-edited value that is not a number keeps the default, never fails the start
                }
            });
        }
        return new StageSettings(days);
    }

    /** Stores the stages whose days changed (0 or less: no expectation), each logged in the change log. */
    public void save(StageSettings changed, ChangeContext ctx) {
        StageSettings before = load();
        for (LifecycleStage stage : LifecycleStage.values()) {
            Integer old = before.expectedDaysOf(stage);
            Integer now = changed.expectedDaysOf(stage);
            if (!java.util.Objects.equals(old, now)) {
                List<FieldChange> changes = new ArrayList<>();
                changes.add(new FieldChange("expectedDays." + stage.name(), old == null ? null : old.toString(),
                        now == null ? null : now.toString()));
                settings.put(PREFIX + stage.name(), now == null ? "0" : now.toString(), changes, ctx);
            }
        }
    }
}
