package org.creddesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.FieldChange;

/**
 * The change-log row of a newly created provider file: one {@code provider} CREATE row whose diff holds the
 * provider's own fields and, under {@code "entity/entityId"} keys, each created child's fields:
 * {@code {"lastName": "Quill", "license/0193...": {"number": "003806"}}}: every field is created, so only its new
 * value is written (rows written before 2026-12 hold {@code [null, "Quill"]} pairs, read the same). Reading expands
 * it back into one {@link AuditEntry} per entity (sharing the row's seq), so history, provenance, undo and exports
 * see exactly what one row per entity gave them (ADR 0002: one row instead of seven halved the log's share of a
 * 100k-provider insert; ADR 0015: values without the null pair are a sixth of the row fewer).
 */
final class NewFileLogRow {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One created entity of the file and its non-empty fields. */
    record Part(String entity, String entityId, List<FieldChange> changes) {
    }

    private NewFileLogRow() {
    }

    /** Encodes the provider's own fields, then every child part, in the order given. */
    static String encode(List<FieldChange> own, List<Part> children) {
        StringBuilder sb = new StringBuilder(48 * own.size() + 320 * children.size()).append('{');
        boolean first = values(sb, own);
        for (Part p : children) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            ChangeLog.quoted(sb, p.entity() + "/" + p.entityId()).append(":{");
            values(sb, p.changes());
            sb.append('}');
        }
        return sb.append('}').toString();
    }

    /** Appends {@code "field":"new value"} for each change; returns whether none was appended. */
    private static boolean values(StringBuilder sb, List<FieldChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            FieldChange c = changes.get(i);
            ChangeLog.quoted(ChangeLog.quoted(sb, c.field()).append(':'), c.newValue());
        }
        return changes.isEmpty();
    }

    /**
     * Whether a row is a created provider file: the provider's CREATE row, or any diff that holds child parts
     * (rows written before the provider's own part used values only).
     */
    static boolean isFile(String entity, ChangeAction action, String json) {
        return action == ChangeAction.CREATE && ProviderSchema.PROVIDER.entity().equals(entity)
                || json.indexOf("\":{") >= 0;
    }

    /** The entries of one created-file row: the provider's own first, then one per child part. */
    static List<AuditEntry> expand(long seq, String opId, String entity, String entityId, String providerId,
                                   ChangeAction action, String json, String source, String actor, String device,
                                   Instant at) {
        try {
            JsonNode root = JSON.readTree(json);
            List<FieldChange> own = new ArrayList<>();
            List<AuditEntry> children = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isObject()) {
                    String key = e.getKey();
                    int slash = key.indexOf('/');
                    children.add(new AuditEntry(seq, opId, key.substring(0, slash), key.substring(slash + 1),
                            providerId, action, pairs(e.getValue()), source, actor, device, at));
                } else {
                    own.add(pair(e.getKey(), e.getValue()));
                }
            }
            List<AuditEntry> result = new ArrayList<>(children.size() + 1);
            result.add(new AuditEntry(seq, opId, entity, entityId, providerId, action, own, source, actor, device, at));
            result.addAll(children);
            return result;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable change-log row", e);
        }
    }

    private static List<FieldChange> pairs(JsonNode object) {
        List<FieldChange> result = new ArrayList<>();
        object.fields().forEachRemaining(e -> result.add(pair(e.getKey(), e.getValue())));
        return result;
    }

    /** A created field: its value alone, or an older row's {@code [null, value]} pair. */
    private static FieldChange pair(String field, JsonNode value) {
        return value.isArray() ? new FieldChange(field, text(value.get(0)), text(value.get(1)))
                : new FieldChange(field, null, text(value));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
