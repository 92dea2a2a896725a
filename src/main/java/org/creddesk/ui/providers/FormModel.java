package org.creddesk.ui.providers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.Problem;
import org.creddesk.ui.common.Messages;

/**
 * The typed text of one record's fields and the reason each is not acceptable. The text stays exactly as typed
 * whatever validation says, so nothing is lost while a value is wrong.
 */
public final class FormModel<T extends Record> {
    private final RecordFields<T> fields;
    private final List<String> shown;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final Map<String, StringProperty> hints = new LinkedHashMap<>();
    private final Map<String, StringProperty> warnings = new LinkedHashMap<>();
    private T base;
    private boolean loading;

    public FormModel(RecordFields<T> fields, List<String> shown, Runnable onEdit) {
        this.fields = fields;
        this.shown = List.copyOf(shown);
        for (String f : shown) {
            StringProperty value = new SimpleStringProperty("");
            value.addListener((obs, old, now) -> {
                if (!loading) {
                    onEdit.run();
                }
            });
            values.put(f, value);
            errors.put(f, new SimpleStringProperty(""));
            hints.put(f, new SimpleStringProperty(""));
            warnings.put(f, new SimpleStringProperty(""));
        }
    }

    public RecordFields<T> fields() {
        return fields;
    }

    public List<String> shown() {
        return shown;
    }

    public StringProperty value(String field) {
        return values.get(field);
    }

    public StringProperty error(String field) {
        return errors.get(field);
    }

    /** Words shown beside a field to help (what a code means); never blocks anything. */
    public StringProperty hint(String field) {
        return hints.get(field);
    }

    /** A caution shown beside a field (a code the code set does not list); unlike an error it blocks nothing. */
    public StringProperty warning(String field) {
        return warnings.get(field);
    }

    public void load(T record) {
        loading = true;
        try {
            base = record;
            shown.forEach(f -> values.get(f).set(fields.text(record, f)));
            errors.values().forEach(e -> e.set(""));
        } finally {
            loading = false;
        }
    }

    /** The record as typed; fields that cannot be read keep their old value and add a problem. */
    public T build(String pathPrefix, List<Problem> parseProblems) {
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((f, v) -> texts.put(f, v.get()));
        return fields.build(base, texts, pathPrefix, parseProblems);
    }

    /** Puts each problem whose path is {@code prefix + field} beside that field; clears the others. */
    public void showProblems(List<Problem> problems, String prefix, Messages messages) {
        for (String f : shown) {
            String text = problems.stream().filter(p -> p.field().equals(prefix + f)).findFirst()
                    .map(messages::problem).orElse("");
            errors.get(f).set(text);
        }
    }
}
