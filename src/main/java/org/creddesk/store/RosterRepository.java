package org.creddesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;

/**
 * Roster bookkeeping: saved column mappings per header signature, the imports done (with undo), and export
 * marks per payer. Imports run their whole work inside one {@link RosterSession}.
 */
public final class RosterRepository {
    private final Database db;
    private final ProviderRepository providers;

    public RosterRepository(Database db, ProviderRepository providers) {
        this.db = db;
        this.providers = providers;
    }

    /** A read-only session: a preview sees one consistent snapshot and never writes. */
    public <T> T read(Function<RosterSession, T> work) {
        return db.read(h -> work.apply(new RosterSession(h, providers, false, null, null, db.clock().instant())));
    }

    /** One transaction: everything the work writes is kept, or nothing is (failure or cancellation). */
    public <T> T write(ChangeContext ctx, String opId, Function<RosterSession, T> work) {
        return db.write(h -> work.apply(new RosterSession(h, providers, true, ctx, opId, db.clock().instant())));
    }

    public record SavedMapping(String signature, String name, String columnsJson, Instant updatedAt) {
    }

    public Optional<SavedMapping> mappingBySignature(String signature) {
        return db.read(h -> h.createQuery("SELECT signature, name, columns, updated_at FROM roster_mapping "
                        + "WHERE signature = ?").bind(0, signature)
                .map((rs, c) -> new SavedMapping(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4)))).findFirst());
    }

    public Optional<SavedMapping> mappingByName(String name) {
        return db.read(h -> h.createQuery("SELECT signature, name, columns, updated_at FROM roster_mapping "
                        + "WHERE name = ? ORDER BY updated_at DESC").bind(0, name)
                .map((rs, c) -> new SavedMapping(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4)))).findFirst());
    }

    public void saveMapping(String signature, String name, String columnsJson) {
        db.write(h -> h.execute("INSERT INTO roster_mapping (signature, name, columns, updated_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT(signature) DO UPDATE SET name = excluded.name, columns = excluded.columns, "
                        + "updated_at = excluded.updated_at", signature, name, columnsJson,
                db.clock().instant().toString()));
    }

    public List<RosterImportRecord> imports() {
        return db.read(h -> h.createQuery("SELECT " + IMPORT_COLUMNS + " FROM roster_import ORDER BY imported_at DESC, rowid DESC")
                .map((rs, c) -> importRecord(rs)).list());
    }

    public Optional<RosterImportRecord> importById(String id) {
        return db.read(h -> h.createQuery("SELECT " + IMPORT_COLUMNS + " FROM roster_import WHERE id = ?").bind(0, id)
                .map((rs, c) -> importRecord(rs)).findFirst());
    }

    private static final String IMPORT_COLUMNS = "id, source, file_name, sha256, op_id, rows, added, updated, "
            + "unchanged, rejected, conflicts, missing, imported_at, undone_at, undo_op_id";

    private static RosterImportRecord importRecord(java.sql.ResultSet rs) throws java.sql.SQLException {
        String undone = rs.getString(14);
        return new RosterImportRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                rs.getInt(12), Instant.parse(rs.getString(13)), undone == null ? null : Instant.parse(undone),
                rs.getString(15));
    }

    /**
     * Undoes an import with compensating changes logged under a new operation; returns that operation id.
     * Throws {@link IllegalStateException} when the import was already undone, and {@link LaterEditsException}
     * (changing nothing) when fields it wrote were changed since and {@code mode} does not say what to do.
     */
    public String undo(String importId, ChangeContext ctx, UndoMode mode) {
        String undoOp = Ids.newId(db.clock());
        Instant now = db.clock().instant();
        db.write(h -> {
            RosterImportRecord r = importToUndo(h, importId);
            LaterEdits later = LaterEdits.of(h, r.opId());
            if (mode == UndoMode.REFUSE_IF_EDITED_LATER && !later.isEmpty()) {
                throw new LaterEditsException(later.list());
            }
            new ImportReverter(h, providers, ctx, undoOp, now, mode == UndoMode.KEEP_LATER_EDITS ? later : null)
                    .revert(r.opId());
            h.execute("UPDATE roster_import SET undone_at = ?, undo_op_id = ?, updated_at = ?, version = version + 1 "
                    + "WHERE id = ?", now.toString(), undoOp, now.toString(), importId);
            ChangeLog.append(h, undoOp, "roster_import", importId, null, ChangeAction.UPDATE,
                    List.of(new FieldChange("undoneAt", null, now.toString())), ctx, now);
            return null;
        });
        return undoOp;
    }

    /** The fields an import wrote that were changed after it (what an undo would throw away). */
    public List<LaterEdit> laterEdits(String importId) {
        return db.read(h -> LaterEdits.of(h, importToUndo(h, importId).opId()).list());
    }

    private static RosterImportRecord importToUndo(org.jdbi.v3.core.Handle h, String importId) {
        RosterImportRecord r = h.createQuery("SELECT " + IMPORT_COLUMNS + " FROM roster_import WHERE id = ?")
                .bind(0, importId).map((rs, c) -> importRecord(rs)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No roster import with id " + importId));
        if (r.undoneAt() != null) {
            throw new IllegalStateException("Roster import " + importId + " was already undone on " + r.undoneAt());
        }
        return r;
    }

    /** The change-log position of the last export to a payer, if any. */
    public Optional<Long> exportMark(String payer) {
        return db.read(h -> h.createQuery("SELECT last_seq FROM roster_export_mark WHERE payer = ?").bind(0, payer)
                .mapTo(Long.class).findFirst());
    }

    public void saveExportMark(String payer, long seq, String fileName) {
        db.write(h -> h.execute("INSERT INTO roster_export_mark (payer, last_seq, exported_at, file_name) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT(payer) DO UPDATE SET last_seq = excluded.last_seq, "
                        + "exported_at = excluded.exported_at, file_name = excluded.file_name",
                payer, seq, db.clock().instant().toString(), fileName));
    }

    /** The newest change-log sequence number (0 for an empty log). */
    public long lastChangeSeq() {
        return db.read(h -> h.createQuery("SELECT coalesce(max(seq), 0) FROM change_log").mapTo(Long.class).one());
    }

    /** One change-log row about a provider: its entity ("provider", "license", "roster_member"...). */
    public record ProviderChange(String providerId, String entity, boolean created, String changes, Instant at) {
        public boolean isProvider() {
            return "provider".equals(entity);
        }
    }

    /** Provider ids touched after a change-log position, and whether the provider itself was created then. */
    public List<ProviderChange> providerChangesAfter(long seq, long upTo) {
        return db.read(h -> h.createQuery("SELECT provider_id, entity, action = 'CREATE' AND entity = 'provider', "
                        + "changes, at FROM change_log WHERE seq > ? AND seq <= ? AND provider_id IS NOT NULL ORDER BY seq")
                .bind(0, seq).bind(1, upTo)
                .map((rs, c) -> new ProviderChange(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        Instant.parse(rs.getString(5))))
                .list());
    }
}
