package org.creddesk.ui.settings;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.StageSettings;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.LifecycleService;

/** The expected days per lifecycle stage (blank: no expectation); a card past them is marked on the pipeline. */
public final class StageSettingsViewModel {
    private final LifecycleService lifecycle;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Map<LifecycleStage, StringProperty> texts = new EnumMap<>(LifecycleStage.class);
    private final Map<LifecycleStage, StringProperty> errors = new EnumMap<>(LifecycleStage.class);
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanBinding valid;

    public StageSettingsViewModel(LifecycleService lifecycle, ChangeContext ctx, TaskRunner tasks, Messages messages) {
        this.lifecycle = lifecycle;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        for (LifecycleStage s : LifecycleStage.values()) {
            StringProperty text = new SimpleStringProperty("");
            StringProperty error = new SimpleStringProperty("");
            text.addListener((o, a, b) -> error.set(parse(b) == null ? messages.text("settings.stage.notDays") : ""));
            texts.put(s, text);
            errors.put(s, error);
        }
        valid = Bindings.createBooleanBinding(() -> errors.values().stream().allMatch(e -> e.get().isEmpty()),
                errors.values().toArray(StringProperty[]::new));
    }

    /** 0 for blank (no expectation), the number of days, or null when the text is no number of days. */
    private static Integer parse(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int days = Integer.parseInt(text.strip());
            return days < 0 ? null : days;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void load() {
        show(lifecycle.settings());
    }

    private void show(StageSettings s) {
        for (LifecycleStage stage : LifecycleStage.values()) {
            Integer days = s.expectedDaysOf(stage);
            texts.get(stage).set(days == null ? "" : days.toString());
        }
    }

    public void resetToDefaults() {
        show(StageSettings.defaults());
    }

    public void save() {
        if (!valid.get()) {
            return;
        }
        Map<LifecycleStage, Integer> days = new EnumMap<>(LifecycleStage.class);
        texts.forEach((stage, text) -> days.put(stage, parse(text.get())));
        StageSettings changed = new StageSettings(days);
        tasks.run(p -> {
            lifecycle.applySettings(changed, ctx);
            return changed;
        }, s -> notice.set(messages.text("settings.stage.saved")));
    }

    public StringProperty text(LifecycleStage stage) {
        return texts.get(stage);
    }

    public StringProperty error(LifecycleStage stage) {
        return errors.get(stage);
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanBinding valid() {
        return valid;
    }
}
