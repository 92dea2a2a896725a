package org.creddesk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.FieldChange;
import org.jdbi.v3.core.Handle;

/**
 * Finds the fields an operation wrote that were changed after it. A field counts only when its value now differs
 * from what the operation wrote (an edit that was itself undone does not count); on a provider the operation
 * created, fields and rows added later count too.
 */
final class LaterEdits {
    private final Map<String, String> written = new HashMap<>();
    private final Map<String, AuditEntry> writtenBy = new HashMap<>();
    private final Set<String> createdProviders = new HashSet<>();
    private final Map<String, LaterEdit> edits = new LinkedHashMap<>();
    private final Set<String> editedEntities = new HashSet<>();
    private final Set<String> editedProviders = new HashSet<>();

    private LaterEdits() {
    }

    static LaterEdits of(Handle handle, String opId) {
        LaterEdits found = new LaterEdits();
        for (AuditEntry e : entries(handle, "SELECT seq, op_id, entity, entity_id, provider_id, action, changes, "
                + "source, actor, device, at FROM change_log WHERE op_id = ? ORDER BY seq", opId)) {
            found.wrote(e);
        }
        for (AuditEntry e : entries(handle, "SELECT l.seq, l.op_id, l.entity, l.entity_id, l.provider_id, l.action, "
                + "l.changes, l.source, l.actor, l.device, l.at FROM change_log l JOIN (SELECT provider_id, "
                + "max(seq) AS last FROM change_log WHERE op_id = ? AND provider_id IS NOT NULL GROUP BY provider_id) o "
                + "ON l.provider_id = o.provider_id AND l.seq > o.last ORDER BY l.seq", opId)) {
            found.later(e);
        }
        found.edits.values().removeIf(edit -> Objects.equals(edit.currentValue(), found.written.get(key(edit))));
        for (LaterEdit edit : found.edits.values()) {
            found.editedEntities.add(edit.entityId());
            found.editedProviders.add(edit.providerId());
        }
        return found;
    }

    private static List<AuditEntry> entries(Handle handle, String sql, String opId) {
        // a created provider file is one row holding every entity: expanded to one entry per entity
        return ChangeLog.flatten(handle.createQuery(sql).bind(0, opId).map((rs, c) -> ChangeLog.entries(rs)).list());
    }

    private void wrote(AuditEntry e) {
        if (!tracked(e)) {
            return;
        }
        if (e.action() == ChangeAction.CREATE && "provider".equals(e.entity())) {
            createdProviders.add(e.providerId());
        }
        for (FieldChange c : e.changes()) {
            written.put(key(e.entityId(), c.field()), c.newValue());
            writtenBy.put(key(e.entityId(), c.field()), e);
        }
    }

    private void later(AuditEntry e) {
        if (!tracked(e)) {
            return;
        }
        for (FieldChange c : e.changes()) {
            String key = key(e.entityId(), c.field());
            AuditEntry original = writtenBy.get(key);
            if (original == null && !createdProviders.contains(e.providerId())) {
                continue;
            }
            String importValue = original == null ? null : written.get(key);
            edits.put(key, new LaterEdit(e.providerId(), e.entity(), e.entityId(), c.field(), importValue,
                    c.newValue(), e.source(), e.actor(), e.at()));
        }
    }

    /** Roster bookkeeping and workflow rows are not provider-file fields an undo restores. */
    private static boolean tracked(AuditEntry e) {
        return e.providerId() != null && (ProviderSchema.PROVIDER.entity().equals(e.entity())
                || ProviderSchema.CHILDREN.stream().anyMatch(t -> t.entity().equals(e.entity())));
    }

    List<LaterEdit> list() {
        return new ArrayList<>(edits.values());
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    boolean edited(String entityId, String field) {
        return edits.containsKey(key(entityId, field));
    }

    boolean touchedEntity(String entityId) {
        return editedEntities.contains(entityId);
    }

    boolean touchedProvider(String providerId) {
        return editedProviders.contains(providerId);
    }

    private static String key(LaterEdit e) {
        return key(e.entityId(), e.field());
    }

    private static String key(String entityId, String field) {
        return entityId + '\u0000' + field;
    }
}
