package org.creddesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.ProviderFile;
import org.jdbi.v3.core.Handle;

/**
 * Undoes one operation by writing compensating changes (the log stays append-only): fields it updated go
 * back to their old values, rows it created are tombstoned, providers it created are tombstoned whole.
 * The compensating writes are themselves logged under a new operation id.
 */
final class ImportReverter {
    private final Handle handle;
    private final ProviderRepository providers;
    private final ChangeContext ctx;
    private final String undoOpId;
    private final Instant now;
    private final LaterEdits keep;

    /** {@code keep}: fields changed after the operation that keep their newer values (none: revert all). */
    ImportReverter(Handle handle, ProviderRepository providers, ChangeContext ctx, String undoOpId, Instant now,
                   LaterEdits keep) {
        this.handle = handle;
        this.keep = keep;
        this.providers = providers;
        this.ctx = ctx;
        this.undoOpId = undoOpId;
        this.now = now;
    }

    /** Returns how many providers were restored or removed. */
    int revert(String opId) {
        List<AuditEntry> entries = handle.createQuery("SELECT seq, op_id, entity, entity_id, provider_id, action, "
                        + "changes, source, actor, device, at FROM change_log WHERE op_id = ? ORDER BY seq DESC")
                .bind(0, opId).map((rs, c) -> ChangeLog.entries(rs)).list().stream().flatMap(List::stream).toList();
        Map<String, List<AuditEntry>> byProvider = new LinkedHashMap<>();
        for (AuditEntry e : entries) {
            if ("roster_member".equals(e.entity())) {
                revertMember(e);
            } else if (e.providerId() != null) {
                byProvider.computeIfAbsent(e.providerId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<String> ids = new ArrayList<>(byProvider.keySet());
        int done = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            Map<String, ProviderFile> files = ProviderRepository.loadAll(handle, chunk);
            List<ProviderFile> restored = new ArrayList<>();
            List<ProviderFile> removed = new ArrayList<>();
            for (String id : chunk) {
                ProviderFile f = files.get(id);
                if (f == null || created(byProvider.get(id)) && keep != null && keep.touchedProvider(id)) {
                    continue; // a provider the import created and somebody worked on since stays
                }
                List<AuditEntry> own = byProvider.get(id);
                if (created(own)) {
                    removed.add(f);
                } else {
                    restored.add(revert(f, own));
                }
            }
            providers.saveAll(handle, restored, ctx, undoOpId);
            tombstoneProviders(removed);
            done += restored.size() + removed.size();
        }
        return done;
    }

    private static boolean created(List<AuditEntry> own) {
        return own.stream().anyMatch(e -> e.action() == ChangeAction.CREATE && "provider".equals(e.entity()));
    }

    private ProviderFile revert(ProviderFile file, List<AuditEntry> newestFirst) {
        ProviderFile f = file;
        for (AuditEntry e : newestFirst) {
            EntityType<?> type = typeOf(e.entity());
            if (type != null) {
                f = revert(type, f, e);
            }
        }
        return f;
    }

    private <T extends Record> ProviderFile revert(EntityType<T> type, ProviderFile f, AuditEntry e) {
        Map<String, String> old = new HashMap<>();
        for (FieldChange c : e.changes()) {
            if (keep == null || !keep.edited(e.entityId(), c.field())) {
                old.put(c.field(), c.oldValue());
            }
        }
        if (type == ProviderSchema.PROVIDER) {
            return e.action() == ChangeAction.UPDATE
                    ? f.withProvider(ProviderSchema.PROVIDER.patched(f.provider(), old)) : f;
        }
        List<T> rows = new ArrayList<>();
        for (T row : type.of(f)) {
            if (!type.id(row).equals(e.entityId())) {
                rows.add(row);
            } else if (e.action() == ChangeAction.UPDATE) {
                rows.add(type.patched(row, old));
            } else if (keep != null && keep.touchedEntity(e.entityId())) {
                rows.add(row); // created by the operation, changed since: kept
            }
            // otherwise a row this operation created is left out: saving tombstones it
        }
        return ChildLists.with(type, f, rows);
    }

    private static EntityType<?> typeOf(String entity) {
        if (ProviderSchema.PROVIDER.entity().equals(entity)) {
            return ProviderSchema.PROVIDER;
        }
        return ProviderSchema.CHILDREN.stream().filter(t -> t.entity().equals(entity)).findFirst().orElse(null);
    }

    /** A provider the import created: its child rows are tombstoned through the repository, then the row. */
    private void tombstoneProviders(List<ProviderFile> files) {
        List<ProviderFile> emptied = new ArrayList<>();
        for (ProviderFile f : files) {
            emptied.add(ProviderFile.of(f.provider()).withDocuments(f.documents()));
        }
        providers.saveAll(handle, emptied, ctx, undoOpId);
        String at = now.toString();
        for (ProviderFile f : files) {
            handle.execute("DELETE FROM provider_search WHERE rowid = (SELECT rowid FROM provider WHERE id = ?)", f.id());
            handle.execute("UPDATE roster_member SET deleted_at = ?, updated_at = ?, version = version + 1 "
                    + "WHERE provider_id = ? AND deleted_at IS NULL", at, at, f.id());
            handle.execute("UPDATE provider SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                    at, at, f.id());
            List<FieldChange> changes = new ArrayList<>();
            ProviderSchema.PROVIDER.fieldsAsText(f.provider()).forEach((k, v) -> {
                if (v != null) {
                    changes.add(new FieldChange(k, v, null));
                }
            });
            ChangeLog.append(handle, undoOpId, "provider", f.id(), f.id(), ChangeAction.DELETE, changes, ctx, now);
        }
    }

    private void revertMember(AuditEntry e) {
        String at = now.toString();
        Set<String> fields = new LinkedHashSet<>();
        if (e.action() == ChangeAction.CREATE) {
            handle.execute("UPDATE roster_member SET deleted_at = ?, updated_at = ?, version = version + 1 "
                    + "WHERE id = ? AND deleted_at IS NULL", at, at, e.entityId());
        } else {
            for (FieldChange c : e.changes()) {
                if (Set.of("effective", "termination", "action").contains(c.field())) {
                    handle.execute("UPDATE roster_member SET \"" + c.field() + "\" = ?, updated_at = ?, "
                            + "version = version + 1 WHERE id = ?", c.oldValue(), at, e.entityId());
                    fields.add(c.field());
                }
            }
        }
        List<FieldChange> inverse = e.changes().stream()
                .map(c -> new FieldChange(c.field(), c.newValue(), c.oldValue())).toList();
        ChangeLog.append(handle, undoOpId, "roster_member", e.entityId(), e.providerId(),
                e.action() == ChangeAction.CREATE ? ChangeAction.DELETE : ChangeAction.UPDATE, inverse, ctx, now);
    }
}
