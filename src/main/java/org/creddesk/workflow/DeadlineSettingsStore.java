package org.creddesk.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.creddesk.domain.workflow.DeadlineSettings;
import org.creddesk.store.SettingsRepository;

/**
 * The deadline rules' numbers as settings: the defaults of DOMAIN.md, overlaid with what a person changed (a JSON
 * object of just the changed fields under one key, e.g. {@code {"caqhDays": 90}}), so new settings get their
 * defaults without a migration.
 */
public final class DeadlineSettingsStore {
    static final String KEY = "workflow.deadlineSettings";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final SettingsRepository settings;

    public DeadlineSettingsStore(SettingsRepository settings) {
        this.settings = settings;
    }

    public DeadlineSettings load() {
        ObjectNode merged = JSON.valueToTree(DeadlineSettings.defaults());
        settings.get(KEY).ifPresent(stored -> {
            try {
                merged.setAll((ObjectNode) JSON.readTree(stored));
            } catch (JsonProcessingException | ClassCastException e) {
                throw new IllegalStateException("The deadline settings stored under '" + KEY
                        + "' are not a JSON object: " + e.getMessage(), e);
            }
        });
        try {
            return JSON.treeToValue(merged, DeadlineSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The deadline settings stored under '" + KEY + "' do not fit: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Stores the fields that differ from the defaults, and logs each field that differs from the rules in force
     * before (old and new value, who) in the change log, in the same transaction.
     */
    public void save(DeadlineSettings changed, ChangeContext ctx) {
        ObjectNode defaults = JSON.valueToTree(DeadlineSettings.defaults());
        ObjectNode before = JSON.valueToTree(load());
        ObjectNode wanted = JSON.valueToTree(changed);
        ObjectNode diff = JSON.createObjectNode();
        List<FieldChange> changes = new ArrayList<>();
        wanted.fields().forEachRemaining(e -> {
            if (!e.getValue().equals(defaults.get(e.getKey()))) {
                diff.set(e.getKey(), e.getValue());
            }
            JsonNode old = before.get(e.getKey());
            if (!e.getValue().equals(old)) {
                changes.add(new FieldChange(e.getKey(), old == null ? null : text(old), text(e.getValue())));
            }
        });
        settings.put(KEY, diff.toString(), changes, ctx);
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : n.toString();
    }

    /** A fingerprint of the rules in force, so stored deadlines are re-derived when a setting changes. */
    public static String fingerprint(DeadlineSettings s) {
        try {
            return Integer.toHexString(JSON.writeValueAsString(s).hashCode());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
