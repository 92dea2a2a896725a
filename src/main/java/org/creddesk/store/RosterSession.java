package org.creddesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.ProviderFile;
import org.jdbi.v3.core.Handle;

/**
 * What a roster import may do inside its one transaction (or its one read for a preview): find providers,
 * load them, read their change log, save them and their roster membership. Writes refuse to run on a read.
 */
public final class RosterSession {
    private static final int CHUNK = 500;

    private final Handle handle;
    private final ProviderRepository providers;
    private final boolean writable;
    private final ChangeContext ctx;
    private final String opId;
    private final Instant now;

    RosterSession(Handle handle, ProviderRepository providers, boolean writable, ChangeContext ctx, String opId,
                  Instant now) {
        this.handle = handle;
        this.providers = providers;
        this.writable = writable;
        this.ctx = ctx;
        this.opId = opId;
        this.now = now;
    }

    public String operationId() {
        return opId;
    }

    /** Who runs the import (a "keep mine" answer is theirs). */
    public String actor() {
        return ctx.actor();
    }

    /** Id, NPI, names and date of birth of every stored provider, for matching. */
    public List<ProviderIdentity> identities() {
        return handle.createQuery("SELECT id, npi, last_name, first_name, date_of_birth FROM provider "
                        + "WHERE deleted_at IS NULL")
                .map((rs, c) -> new ProviderIdentity(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5) == null ? null : LocalDate.parse(rs.getString(5))))
                .list();
    }

    public Map<String, ProviderFile> load(Collection<String> ids) {
        return ProviderRepository.loadAll(handle, ids);
    }

    /** The change log of each provider asked, oldest first, for provenance. */
    public Map<String, List<AuditEntry>> changeLog(Collection<String> providerIds) {
        Map<String, List<AuditEntry>> result = new HashMap<>();
        List<String> all = new ArrayList<>(providerIds);
        for (int from = 0; from < all.size(); from += CHUNK) {
            handle.createQuery("SELECT seq, op_id, entity, entity_id, provider_id, action, changes, source, actor, "
                            + "device, at FROM change_log WHERE provider_id IN (<ids>) ORDER BY seq")
                    .bindList("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .map((rs, c) -> ChangeLog.entries(rs)).list().stream().flatMap(List::stream)
                    .forEach(e -> result.computeIfAbsent(e.providerId(), k -> new ArrayList<>()).add(e));
        }
        return result;
    }

    /** The fields verifications saw, keyed "entityId.field" ({@link ProtectedFields}). */
    public Map<String, org.creddesk.domain.VerifiedField> verifiedFields(Collection<String> providerIds) {
        return ProtectedFields.verified(handle, providerIds);
    }

    /** The "keep mine" answers given to earlier conflicts, keyed "entityId.field". */
    public Map<String, List<org.creddesk.domain.ConflictAnswer>> conflictAnswers(Collection<String> providerIds) {
        return ProtectedFields.answers(handle, providerIds);
    }

    /** Records a person's "keep mine" for a conflict of this import. */
    public void recordAnswer(String providerId, org.creddesk.domain.ConflictAnswer answer, String importId) {
        requireWritable();
        ProtectedFields.recordAnswer(handle, providerId, answer, importId, opId, ctx);
    }

    /** The providers a source lists, by provider id. */
    public Map<String, RosterMember> members(String source) {
        Map<String, RosterMember> result = new HashMap<>();
        handle.createQuery("SELECT id, source, provider_id, effective, termination, action FROM roster_member "
                        + "WHERE source = ? AND deleted_at IS NULL").bind(0, source)
                .map((rs, c) -> new RosterMember(rs.getString(1), rs.getString(2), rs.getString(3),
                        date(rs.getString(4)), date(rs.getString(5)), rs.getString(6)))
                .forEach(m -> result.put(m.providerId(), m));
        return result;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** Saves files whose stored versions were loaded through {@link #load} in this session ({@code stored}). */
    public ProviderRepository.SaveSummary save(List<ProviderFile> files, Map<String, ProviderFile> stored) {
        requireWritable();
        return providers.saveAll(handle, files, stored, ctx, opId);
    }

    /** Inserts or updates membership rows, each logged in the change log under this operation. */
    public void saveMembers(List<RosterMember> changed, Map<String, RosterMember> before) {
        requireWritable();
        if (changed.isEmpty()) {
            return;
        }
        ProviderWriter.JdbcBatch insert = new ProviderWriter.JdbcBatch(handle, "INSERT INTO roster_member (id, source, provider_id, effective, "
                + "termination, action, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
        ProviderWriter.JdbcBatch update = new ProviderWriter.JdbcBatch(handle, "UPDATE roster_member SET effective = ?, termination = ?, "
                + "action = ?, updated_at = ?, version = version + 1 WHERE id = ?");
        ProviderWriter.JdbcBatch log = new ProviderWriter.JdbcBatch(handle, ChangeLog.INSERT);
        String at = now.toString();
        for (RosterMember m : changed) {
            RosterMember old = before.get(m.providerId());
            if (old == null) {
                insert.add(m.id(), m.source(), m.providerId(), text(m.effective()), text(m.termination()), m.action(),
                        at, at);
            } else {
                update.add(text(m.effective()), text(m.termination()), m.action(), at, m.id());
            }
            ChangeLog.add(log, opId, "roster_member", m.id(), m.providerId(),
                    old == null ? ChangeAction.CREATE : ChangeAction.UPDATE, memberChanges(old, m), ctx, at);
        }
        insert.execute();
        update.execute();
        log.execute();
    }

    static List<FieldChange> memberChanges(RosterMember old, RosterMember m) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "source", old == null ? null : old.source(), m.source());
        add(changes, "effective", old == null ? null : text(old.effective()), text(m.effective()));
        add(changes, "termination", old == null ? null : text(old.termination()), text(m.termination()));
        add(changes, "action", old == null ? null : old.action(), m.action());
        return changes;
    }

    private static void add(List<FieldChange> changes, String field, String old, String now) {
        if (!java.util.Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old, now));
        }
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public void recordImport(RosterImportRecord r) {
        requireWritable();
        String at = r.importedAt().toString();
        handle.execute("INSERT INTO roster_import (id, source, file_name, sha256, op_id, rows, added, updated, "
                        + "unchanged, rejected, conflicts, missing, imported_at, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                r.id(), r.source(), r.fileName(), r.sha256(), r.opId(), r.rows(), r.added(), r.updated(),
                r.unchanged(), r.rejected(), r.conflicts(), r.missing(), at, at, at);
        ChangeLog.append(handle, opId, "roster_import", r.id(), null, ChangeAction.CREATE, List.of(
                new FieldChange("source", null, r.source()), new FieldChange("fileName", null, r.fileName()),
                new FieldChange("sha256", null, r.sha256()),
                new FieldChange("rows", null, Integer.toString(r.rows()))), ctx, now);
    }

    private void requireWritable() {
        if (!writable) {
            throw new IllegalStateException("a roster preview never writes");
        }
    }
}
