package org.creddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.ListKind;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.domain.monitoring.ListVersion;
import org.jdbi.v3.core.Handle;

/**
 * Exclusion lists: each imported file as a kept version (file name, download date, rows, SHA-256) and the list rows
 * in force. A FULL file replaces its source's rows; a SUPPLEMENT adds rows, and its reinstatement rows close the
 * exclusion they name. One import is one transaction with JDBC batches (80,000 rows in well under 5 s).
 */
public final class ExclusionRepository {
    private static final int BATCH = 5000;
    private static final String VERSION_COLUMNS = "id, source, kind, file_name, downloaded_on, imported_at, row_count, "
            + "sha256";

    private final Database db;
    private final DeadlineRepository deadlines;

    /** An import brings forward, in its transaction, the screenings its list is an alert for. */
    public ExclusionRepository(Database db, DeadlineRepository deadlines) {
        this.db = db;
        this.deadlines = deadlines;
    }

    /** Streams a file's rows into the sink it is given and says what it read; called inside the import. */
    @FunctionalInterface
    public interface RowStream {
        FileFacts stream(Consumer<ExclusionRecord> sink);
    }

    /**
     * What the stream found: the list it was, the rows it handed on and the SHA-256 of the file's bytes; and,
     * for a file that did not look whole, the concerns and the reason a person gave for importing it anyway.
     */
    public record FileFacts(ListSource source, int rowCount, String sha256, List<String> concerns,
                            String confirmReason) {
        public FileFacts {
            concerns = concerns == null ? List.of() : List.copyOf(concerns);
        }

        public FileFacts(ListSource source, int rowCount, String sha256) {
            this(source, rowCount, sha256, List.of(), null);
        }
    }

    /**
     * What an import did: the version kept, how many exclusions its reinstatement rows closed, and how many
     * providers screened before the list are now due within the alert days.
     */
    public record ImportOutcome(ListVersion version, int reinstatementsApplied, int screeningsBroughtForward) {
    }

    public ImportOutcome importList(ListKind kind, String fileName, LocalDate downloadedOn, RowStream rows,
                                    ChangeContext ctx) {
        return db.write(h -> {
            Instant now = db.clock().instant();
            String versionId = Ids.newId(db.clock());
            h.execute("INSERT INTO exclusion_list_version (" + VERSION_COLUMNS + ", created_at, updated_at) "
                            + "VALUES (?, '', ?, ?, ?, ?, 0, '', ?, ?)", versionId, kind.name(), fileName,
                    downloadedOn.toString(), now.toString(), now.toString(), now.toString());
            try (EntryWriter writer = new EntryWriter(h.getConnection(), versionId, kind)) {
                FileFacts facts = rows.stream(writer::add);
                writer.finish(facts.source());
                if (kind == ListKind.FULL) {
                    // The file is the whole list: rows it no longer holds are no longer in force.
                    h.execute("DELETE FROM exclusion_entry WHERE source = ? AND list_version_id <> ?",
                            facts.source().name(), versionId);
                }
                h.execute("UPDATE exclusion_list_version SET source = ?, row_count = ?, sha256 = ? WHERE id = ?",
                        facts.source().name(), facts.rowCount(), facts.sha256(), versionId);
                ListVersion version = new ListVersion(versionId, facts.source(), kind, fileName, downloadedOn, now,
                        facts.rowCount(), facts.sha256());
                List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("source", null,
                                facts.source().name()),
                        new FieldChange("kind", null, kind.name()), new FieldChange("fileName", null, fileName),
                        new FieldChange("downloadedOn", null, downloadedOn.toString()),
                        new FieldChange("rowCount", null, String.valueOf(facts.rowCount())),
                        new FieldChange("sha256", null, facts.sha256()),
                        new FieldChange("reinstatementsApplied", null, String.valueOf(writer.closed))));
                if (!facts.concerns().isEmpty()) {
                    // Imported although it did not look whole: what was wrong and why the person let it in.
                    changes.add(new FieldChange("confirmedDespite", null, String.join("; ", facts.concerns())));
                    changes.add(new FieldChange("confirmReason", null, facts.confirmReason()));
                }
                ChangeLog.append(h, Ids.newId(db.clock()), "exclusion_list_version", versionId, null,
                        ChangeAction.CREATE, changes, ctx, now);
                int broughtForward = deadlines.alertScreening(h, downloadedOn);
                return new ImportOutcome(version, writer.closed, broughtForward);
            } catch (SQLException e) {
                throw new StoreException("Saving the list rows of " + fileName + " failed: " + e.getMessage(), e);
            }
        });
    }

    /** Batches list rows; reinstatement rows of a supplement are kept aside and applied once all rows are in. */
    private static final class EntryWriter implements AutoCloseable {
        private final PreparedStatement upsert;
        private final PreparedStatement close;
        private final String versionId;
        private final ListKind kind;
        private final List<ExclusionRecord> reinstatements = new ArrayList<>();
        private int pending;
        private int closed;

        EntryWriter(Connection c, String versionId, ListKind kind) throws SQLException {
            this.versionId = versionId;
            this.kind = kind;
            this.upsert = c.prepareStatement("INSERT INTO exclusion_entry (source, identity_key, fingerprint, "
                    + "list_version_id, " + ExclusionRows.COLUMNS + ") VALUES (?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source, identity_key) DO UPDATE SET "
                    + "fingerprint = excluded.fingerprint, list_version_id = excluded.list_version_id, "
                    + "address = excluded.address, city = excluded.city, state = excluded.state, zip = excluded.zip, "
                    + "general = excluded.general, specialty = excluded.specialty, "
                    + "exclusion_type = excluded.exclusion_type, reinstated_on = excluded.reinstated_on, "
                    + "termination_date = excluded.termination_date, is_business = excluded.is_business");
            this.close = c.prepareStatement("UPDATE exclusion_entry SET reinstated_on = ?, fingerprint = ?, "
                    + "list_version_id = ? WHERE source = ? AND identity_key = ?");
        }

        void add(ExclusionRecord r) {
            if (kind == ListKind.SUPPLEMENT && r.reinstatedOn() != null) {
                reinstatements.add(r);
                return;
            }
            try {
                insert(r);
            } catch (SQLException e) {
                throw new StoreException("Saving a list row failed: " + e.getMessage(), e);
            }
        }

        private void insert(ExclusionRecord r) throws SQLException {
            upsert.setString(1, r.source().name());
            upsert.setString(2, r.identityKey());
            upsert.setString(3, r.fingerprint());
            upsert.setString(4, versionId);
            ExclusionRows.bind(upsert, 5, r);
            upsert.addBatch();
            if (++pending == BATCH) {
                upsert.executeBatch();
                pending = 0;
            }
        }

        void finish(ListSource source) throws SQLException {
            if (pending > 0) {
                upsert.executeBatch();
                pending = 0;
            }
            for (ExclusionRecord r : reinstatements) {
                close.setString(1, r.reinstatedOn().toString());
                close.setString(2, r.fingerprint());
                close.setString(3, versionId);
                close.setString(4, source.name());
                close.setString(5, r.identityKey());
                if (close.executeUpdate() > 0) {
                    closed++;
                } else {
                    // A reinstatement of an exclusion never imported: keep it, already closed, as the record.
                    insert(r);
                }
            }
            if (pending > 0) {
                upsert.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            upsert.close();
            close.close();
        }
    }

    /** A list row in force, with the list version that last set it. */
    public record StoredRow(ExclusionRecord record, String listVersionId, String identityKey) {
    }

    /** Every row of every list, reinstated ones included (the matcher keeps those in force on the day). */
    public List<StoredRow> rows() {
        return db.read(h -> {
            List<StoredRow> result = new ArrayList<>(100_000);
            try (PreparedStatement ps = h.getConnection().prepareStatement(
                    "SELECT source, list_version_id, identity_key, " + ExclusionRows.COLUMNS + " FROM exclusion_entry");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new StoredRow(ExclusionRows.read(ListSource.valueOf(rs.getString(1)), rs, 4),
                            rs.getString(2), rs.getString(3)));
                }
            } catch (SQLException e) {
                throw new StoreException("Reading the exclusion lists failed: " + e.getMessage(), e);
            }
            return result;
        });
    }

    public List<ListVersion> versions() {
        return db.read(h -> h.createQuery("SELECT " + VERSION_COLUMNS + " FROM exclusion_list_version "
                + "WHERE deleted_at IS NULL ORDER BY rowid").map((rs, c) -> version(rs)).list());
    }

    public Optional<ListVersion> version(String id) {
        return db.read(h -> version(h, id));
    }

    static Optional<ListVersion> version(Handle h, String id) {
        return h.createQuery("SELECT " + VERSION_COLUMNS + " FROM exclusion_list_version WHERE id = ?").bind(0, id)
                .map((rs, c) -> version(rs)).findFirst();
    }

    /** The versions the rows in force come from: per source the newest full file and the supplements after it. */
    public List<ListVersion> inForce() {
        List<ListVersion> all = versions();
        List<ListVersion> result = new ArrayList<>();
        for (ListSource source : ListSource.values()) {
            List<ListVersion> mine = all.stream().filter(v -> v.source() == source).toList();
            int lastFull = -1;
            for (int i = 0; i < mine.size(); i++) {
                if (mine.get(i).kind() == ListKind.FULL) {
                    lastFull = i;
                }
            }
            result.addAll(mine.subList(Math.max(lastFull, 0), mine.size()));
        }
        return result;
    }

    private static ListVersion version(ResultSet rs) throws SQLException {
        return new ListVersion(rs.getString(1), ListSource.valueOf(rs.getString(2)), ListKind.valueOf(rs.getString(3)),
                rs.getString(4), LocalDate.parse(rs.getString(5)), Instant.parse(rs.getString(6)), rs.getInt(7),
                rs.getString(8));
    }
}
