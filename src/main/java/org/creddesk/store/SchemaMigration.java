package org.creddesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * Brings a database's schema up to date, safely when several CredDesk processes open the same file at once (ADR
 * 0019). The pending migrations run in one {@code BEGIN EXCLUSIVE} transaction, and the schema version is read again
 * inside it: a process that waited for another's migration finds nothing left to do, so no step runs twice and
 * {@code user_version} only ever goes up. A failed migration leaves the file exactly as it was. Before the first
 * step on a file that already holds tables (whatever its {@code user_version} says, 0 included) it is copied to
 * {@code backups/}.
 */
final class SchemaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);
    /** How long a process waits for another one's migration (a big file's backup and index rebuilds take a while). */
    static final int LOCK_WAIT_MS = 10 * 60 * 1000;

    private final Database db;
    private final SQLiteDataSource lockSource;

    SchemaMigration(Database db, SQLiteDataSource lockSource) {
        this.db = db;
        this.lockSource = lockSource;
    }

    void run(int targetVersion) {
        List<Migrator.Migration> all = Migrator.available();
        int seen = db.schemaVersion();
        refuseNewer(all, seen);
        if (pending(all, seen, targetVersion).isEmpty()) {
            return; // the common case: no lock taken, nothing written
        }
        try (Connection c = lockSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            boolean committed = false;
            try {
                migrateLocked(st, all, targetVersion);
                st.execute("COMMIT");
                committed = true;
            } finally {
                if (!committed) {
                    rollbackQuietly(st);
                }
            }
        } catch (SQLException e) {
            throw StoreFailures.sentenceOr(db.file(), e, "Migration of " + db.file().getFileName() + " failed: "
                    + e.getMessage());
        }
    }

    private void migrateLocked(Statement st, List<Migrator.Migration> all, int targetVersion) throws SQLException {
        int current = intOf(st, "PRAGMA user_version");
        refuseNewer(all, current);
        List<Migrator.Migration> todo = pending(all, current, targetVersion);
        if (todo.isEmpty()) {
            LOG.info("schema version {} already brought up to date by another process", current);
            return;
        }
        boolean holdsTables = intOf(st, "SELECT count(*) FROM sqlite_master") > 0;
        Path copy = null;
        if (holdsTables) {
            // Read on another connection while this one holds the write lock: it sees exactly what is committed.
            copy = new MigrationBackups(db).copyBefore(current);
        }
        int version = current;
        for (Migrator.Migration m : todo) {
            if (m.version() <= version) {
                throw new IllegalStateException("migration V" + m.version() + " is not after version " + version);
            }
            try {
                st.executeUpdate(m.sql());
            } catch (SQLException e) {
                if (version == 0 && holdsTables) {
                    throw new StoreException("The file " + db.file() + " holds tables but no CredDesk schema version, "
                            + "so it was left as it was (a copy is in " + copy + "): give the path of a CredDesk "
                            + "database, or a new file name to start one.", e);
                }
                throw e;
            }
            st.executeUpdate("PRAGMA user_version = " + m.version());
            version = m.version();
            LOG.info("applied migration V{} {}", m.version(), m.name());
        }
    }

    private void refuseNewer(List<Migrator.Migration> all, int version) {
        if (version > 0 && all.stream().noneMatch(m -> m.version() >= version)) {
            throw new StoreException("The database " + db.file().getFileName() + " was written by a newer CredDesk "
                    + "(schema version " + version + "); update CredDesk to open it.");
        }
    }

    private static List<Migrator.Migration> pending(List<Migrator.Migration> all, int current, int targetVersion) {
        return all.stream().filter(m -> m.version() > current && m.version() <= targetVersion).toList();
    }

    private static int intOf(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void rollbackQuietly(Statement st) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.warn("rolling back a failed migration: {}", e.getMessage());
        }
    }
}
