package org.creddesk.ui.providers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.Provenance;
import org.creddesk.provider.ProviderService;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/** A provider's audit trail, one row per changed field, and where each field's value came from. */
public final class HistoryModel {

    /** One changed field in the audit trail. */
    public record Row(Instant at, String actor, String source, String entity, String entityId, String field,
                      String oldValue, String newValue) {
    }

    private record Loaded(List<AuditEntry> entries, Map<String, Provenance> provenance) {
    }

    private final ProviderService providers;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private Map<String, Provenance> provenance = Map.of();
    private String providerId;

    public HistoryModel(ProviderService providers, TaskRunner tasks, Messages messages) {
        this.providers = providers;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void load(String id) {
        providerId = id;
        tasks.run(p -> new Loaded(providers.history(id), providers.provenance(id)), loaded -> {
            if (!id.equals(providerId)) {
                return;
            }
            provenance = loaded.provenance();
            List<Row> newestFirst = new ArrayList<>(loaded.entries().stream().flatMap(e -> e.changes().stream()
                    .map(c -> new Row(e.at(), e.actor(), e.source(), entityLabel(e.entity()), e.entityId(),
                            c.field(), shownValue(c.oldValue()), shownValue(c.newValue())))).toList());
            Collections.reverse(newestFirst);
            rows.setAll(newestFirst);
        });
    }

    /** The change log names records by table ("practice_location"); people read "Practice location". */
    private String entityLabel(String entity) {
        String key = ProviderTextKeys.ENTITY_PREFIX + entity;
        return messages.has(key) ? messages.text(key) : words(entity.replace('_', ' '));
    }

    /** A field's label for the history table; fields without one ("statusOn", "payerId") read as words. */
    public String fieldLabel(String field) {
        String key = RecordFields.labelKey(field);
        return messages.has(key) ? messages.text(key) : words(field);
    }

    /** "statusOn" → "Status on", "payerId" → "Payer id", "enrollment transition" → "Enrollment transition". */
    static String words(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                sb.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))) {
                // A new word; an acronym ("ID") keeps its capitals.
                boolean acronym = i + 1 < name.length() && Character.isUpperCase(name.charAt(i + 1));
                sb.append(' ').append(acronym ? c : Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public void clear() {
        providerId = null;
        provenance = Map.of();
        rows.clear();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public Optional<Provenance> provenance(String entityId, String field) {
        return Optional.ofNullable(provenance.get(entityId + "." + field));
    }

    /** Where the value came from and how it changed, newest first, for the field's info popup. */
    public String describe(String entityId, String field) {
        Optional<Provenance> p = provenance(entityId, field);
        if (p.isEmpty()) {
            return messages.text("providers.provenance.none");
        }
        StringBuilder sb = new StringBuilder(messages.text("providers.provenance.summary", p.get().source(),
                p.get().actor(), when(p.get().at())));
        List<Row> changes = rows.stream().filter(r -> r.entityId().equals(entityId) && r.field().equals(field)).toList();
        for (Row r : changes) {
            sb.append('\n').append(messages.text("providers.provenance.change", when(r.at()), shown(r.oldValue()),
                    shown(r.newValue()), r.source()));
        }
        return sb.toString();
    }

    /** The log keeps ISO dates; people here read MM/DD/YYYY like everywhere else in the window. */
    private static String shownValue(String value) {
        if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DateText.format(LocalDate.parse(value));
        }
        return value;
    }

    public static String when(Instant at) {
        return org.creddesk.domain.ShownDates.format(at);
    }

    private String shown(String value) {
        return value == null || value.isEmpty() ? messages.text("providers.provenance.empty") : value;
    }
}
