package org.creddesk.ui.settings;

import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.creddesk.domain.workflow.DeadlineSettings;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.domain.ChangeContext;
import org.creddesk.workflow.DeadlineService;

/**
 * The numbers of the deadline rules as typed text, one field per {@link DeadlineSettings} component, checked on
 * every edit (whole days and months, lists like "90, 60, 30", state exceptions like "IL=180", a date). Saving
 * stores them and re-derives every deadline in the background, so the dashboard follows at once.
 */
public final class DeadlineSettingsViewModel {
    private final DeadlineService deadlines;
    private final ChangeContext who;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanBinding valid;

    public DeadlineSettingsViewModel(DeadlineService deadlines, ChangeContext who, TaskRunner tasks,
                                     Messages messages) {
        this.deadlines = deadlines;
        this.who = who;
        this.tasks = tasks;
        this.messages = messages;
        for (RecordComponent c : DeadlineSettings.class.getRecordComponents()) {
            StringProperty text = new SimpleStringProperty("");
            StringProperty error = new SimpleStringProperty("");
            text.addListener((o, a, b) -> error.set(problem(c, b)));
            texts.put(c.getName(), text);
            errors.put(c.getName(), error);
        }
        valid = Bindings.createBooleanBinding(() -> errors.values().stream().allMatch(e -> e.get().isEmpty()),
                errors.values().toArray(ObservableValue[]::new));
    }

    /** Reads the settings in force. */
    public void load() {
        tasks.run(p -> deadlines.settings(), this::show);
    }

    public void resetToDefaults() {
        show(DeadlineSettings.defaults());
        notice.set(messages.text("settings.deadline.defaultsShown"));
    }

    private void show(DeadlineSettings s) {
        for (RecordComponent c : DeadlineSettings.class.getRecordComponents()) {
            texts.get(c.getName()).set(format(read(c, s)));
        }
    }

    /** Stores the settings and re-derives every deadline (status bar progress); refused while a field is wrong. */
    public void save() {
        if (!valid.get()) {
            notice.set(messages.text("settings.deadline.fix"));
            return;
        }
        DeadlineSettings changed;
        try {
            changed = build();
        } catch (IllegalArgumentException e) {
            notice.set(e.getMessage());
            return;
        }
        tasks.runVisible(messages.text("settings.deadline.task"), p -> deadlines.applySettings(changed, who, p),
                n -> notice.set(messages.text("settings.deadline.saved", n)));
    }

    DeadlineSettings build() {
        RecordComponent[] components = DeadlineSettings.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = parse(components[i], texts.get(components[i].getName()).get());
            types[i] = components[i].getType();
        }
        DeadlineSettings s;
        try {
            s = DeadlineSettings.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (s.recredentialingWarnMonth() >= s.recredentialingMonths()) {
            throw new IllegalArgumentException(messages.text("settings.deadline.warnBeforeDue"));
        }
        if (s.gapWrittenMonths() < s.gapExplanationMonths()) {
            throw new IllegalArgumentException(messages.text("settings.deadline.gapOrder"));
        }
        return s;
    }

    private String problem(RecordComponent c, String text) {
        try {
            parse(c, text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private Object parse(RecordComponent c, String text) {
        String t = text == null ? "" : text.strip();
        if (c.getType() == int.class) {
            return number(t, c.getName().startsWith("psv") || c.getName().endsWith("Years")
                    || c.getName().endsWith("Months") ? 1 : 0);
        }
        if (c.getType() == LocalDate.class) {
            try {
                return DateText.parse(t).orElseThrow(() -> new DateTimeException("empty"));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(messages.text("settings.deadline.notADate", t));
            }
        }
        if (c.getType() == List.class) {
            List<Integer> days = new ArrayList<>();
            for (String part : t.split("\\s*,\\s*")) {
                days.add(number(part, 0));
            }
            return days;
        }
        Map<String, Integer> byState = new TreeMap<>();
        for (String part : t.isEmpty() ? new String[0] : t.split("\\s*,\\s*")) {
            String[] kv = part.split("\\s*=\\s*");
            if (kv.length != 2 || !kv[0].matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException(messages.text("settings.deadline.notAStateValue", part));
            }
            byState.put(kv[0].toUpperCase(), number(kv[1], 1));
        }
        return byState;
    }

    private int number(String t, int min) {
        if (!t.matches("\\d{1,5}") || Integer.parseInt(t) < min) {
            throw new IllegalArgumentException(messages.text("settings.deadline.notANumber", t, min));
        }
        return Integer.parseInt(t);
    }

    private static Object read(RecordComponent c, DeadlineSettings s) {
        try {
            return c.getAccessor().invoke(s);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(Object value) {
        if (value instanceof LocalDate d) {
            return DateText.format(d);
        }
        if (value instanceof List<?> l) {
            return String.join(", ", l.stream().map(String::valueOf).toList());
        }
        if (value instanceof Map<?, ?> m) {
            return String.join(", ", m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
        return String.valueOf(value);
    }

    public StringProperty text(String component) {
        return texts.get(component);
    }

    public StringProperty error(String component) {
        return errors.get(component);
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanBinding valid() {
        return valid;
    }
}
