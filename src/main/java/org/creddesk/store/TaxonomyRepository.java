package org.creddesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;
import org.creddesk.domain.TaxonomyDescriptions;
import org.creddesk.domain.TaxonomyEntry;
import org.creddesk.domain.TaxonomyImport;
import org.jdbi.v3.core.Handle;

/**
 * The NUCC taxonomy code set in force: replaced whole by each import, in one transaction with its import record
 * and a change-log row (entity {@value #ENTITY}) saying which version replaced which and what it added, changed
 * and removed.
 */
public final class TaxonomyRepository {
    static final String ENTITY = "taxonomy_code_set";
    private static final String COLUMNS = "code, grouping, classification, specialization, definition, notes, "
            + "display_name, section";

    private final Database db;

    public TaxonomyRepository(Database db) {
        this.db = db;
    }

    /** The newest import, if any. */
    public Optional<TaxonomyImport> current() {
        return db.read(TaxonomyRepository::current);
    }

    private static Optional<TaxonomyImport> current(Handle h) {
        return h.createQuery("SELECT id, version, file_name, sha256, added, changed, removed, total, imported_at, actor "
                        + "FROM taxonomy_import ORDER BY imported_at DESC, rowid DESC LIMIT 1")
                .map((rs, ctx) -> new TaxonomyImport(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        Instant.parse(rs.getString(9)), rs.getString(10)))
                .findFirst();
    }

    public Optional<TaxonomyEntry> find(String code) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM taxonomy_code WHERE code = ?")
                .bind(0, code).map((rs, ctx) -> entry(rs)).findFirst());
    }

    /** Each code's description and the version they come from (empty when no code set was imported). */
    public TaxonomyDescriptions descriptions() {
        return db.read(h -> {
            Optional<TaxonomyImport> in = current(h);
            if (in.isEmpty()) {
                return TaxonomyDescriptions.none();
            }
            Map<String, String> byCode = new LinkedHashMap<>();
            h.createQuery("SELECT " + COLUMNS + " FROM taxonomy_code ORDER BY code").map((rs, ctx) -> entry(rs))
                    .forEach(e -> byCode.put(e.code(), e.description()));
            return new TaxonomyDescriptions(in.get().version(), byCode);
        });
    }

    /** What an import did; {@code unchanged} when the file held exactly the code set in force (nothing written). */
    public record Replaced(TaxonomyImport record, String previousVersion, boolean unchanged) {
    }

    /**
     * Makes {@code entries} the code set in force: adds new codes, rewrites changed ones, deletes codes the file no
     * longer has. Importing the code set in force again writes nothing.
     */
    public Replaced replace(List<TaxonomyEntry> entries, String version, String fileName, String sha256,
                            ChangeContext ctx) {
        return db.write(h -> {
            Optional<TaxonomyImport> before = current(h);
            Map<String, TaxonomyEntry> stored = new LinkedHashMap<>();
            h.createQuery("SELECT " + COLUMNS + " FROM taxonomy_code").map((rs, c) -> entry(rs))
                    .forEach(e -> stored.put(e.code(), e));
            List<TaxonomyEntry> added = new ArrayList<>();
            List<TaxonomyEntry> changed = new ArrayList<>();
            for (TaxonomyEntry e : entries) {
                TaxonomyEntry old = stored.remove(e.code());
                if (old == null) {
                    added.add(e);
                } else if (!old.equals(e)) {
                    changed.add(e);
                }
            }
            Instant now = db.clock().instant();
            String previousVersion = before.map(TaxonomyImport::version).orElse(null);
            TaxonomyImport record = new TaxonomyImport(Ids.newId(db.clock()), version, fileName, sha256, added.size(),
                    changed.size(), stored.size(), entries.size(), now, ctx.actor());
            if (added.isEmpty() && changed.isEmpty() && stored.isEmpty() && Objects.equals(previousVersion, version)) {
                return new Replaced(before.orElse(record), previousVersion, true);
            }
            for (String gone : stored.keySet()) {
                h.execute("DELETE FROM taxonomy_code WHERE code = ?", gone);
            }
            var upsert = h.prepareBatch("INSERT INTO taxonomy_code (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT(code) DO UPDATE SET grouping = excluded.grouping, "
                    + "classification = excluded.classification, specialization = excluded.specialization, "
                    + "definition = excluded.definition, notes = excluded.notes, "
                    + "display_name = excluded.display_name, section = excluded.section");
            for (TaxonomyEntry e : added) {
                bind(upsert, e);
            }
            for (TaxonomyEntry e : changed) {
                bind(upsert, e);
            }
            if (upsert.size() > 0) {
                upsert.execute();
            }
            h.execute("INSERT INTO taxonomy_import (id, version, file_name, sha256, added, changed, removed, total, "
                            + "imported_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", record.id(), version,
                    fileName, sha256, record.added(), record.changed(), record.removed(), record.total(),
                    now.toString(), ctx.actor());
            List<FieldChange> log = List.of(new FieldChange("version", previousVersion, version),
                    new FieldChange("file", before.map(TaxonomyImport::fileName).orElse(null), fileName),
                    new FieldChange("sha256", before.map(TaxonomyImport::sha256).orElse(null), sha256),
                    new FieldChange("codes", before.map(b -> String.valueOf(b.total())).orElse(null),
                            String.valueOf(entries.size())),
                    new FieldChange("added", null, String.valueOf(added.size())),
                    new FieldChange("changed", null, String.valueOf(changed.size())),
                    new FieldChange("removed", null, String.valueOf(record.removed())));
            ChangeLog.append(h, Ids.newId(db.clock()), ENTITY, "nucc", null,
                    before.isEmpty() ? ChangeAction.CREATE : ChangeAction.UPDATE, log, ctx, now);
            return new Replaced(record, previousVersion, false);
        });
    }

    private static void bind(org.jdbi.v3.core.statement.PreparedBatch batch, TaxonomyEntry e) {
        batch.add(e.code(), e.grouping(), e.classification(), e.specialization(), e.definition(), e.notes(),
                e.displayName(), e.section());
    }

    private static TaxonomyEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TaxonomyEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
