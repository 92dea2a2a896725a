package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import org.creddesk.domain.ChangeContext;
import org.creddesk.sample.SyntheticProviders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What SQLite reports becomes one sentence naming the file, what is wrong and what to do (issue 16, item 13). */
class StoreFailuresTest {
    static final Clock CLOCK = Clock.systemUTC();
    static final ChangeContext WHO = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;

    /** Writes junk over the first page of {@code table}'s B-tree in a real database file. */
    static void damage(Path file, String table) throws Exception {
        int root;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'");
            rs.next();
            root = rs.getInt(1);
            rs = st.executeQuery("PRAGMA page_size");
            rs.next();
            pageSize = rs.getInt(1);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((long) (root - 1) * pageSize);
            byte[] junk = new byte[pageSize];
            for (int i = 0; i < junk.length; i++) {
                junk[i] = (byte) (0xDE + i * 31);
            }
            raf.write(junk);
        }
    }

    @Test
    void aFullDatabaseSaysTheDiskIsFullAndKeepsNothing() {
        Path file = dir.resolve("creddesk.db");
        Database db = Database.open(file, CLOCK);
        ProviderRepository providers = new ProviderRepository(db);
        // SQLite's own size limit on this connection: the next pages it needs fail with SQLITE_FULL, as on a full disk.
        db.write(h -> h.execute("PRAGMA max_page_count = " + h.createQuery("PRAGMA page_count").mapTo(Integer.class)
                .one()));
        assertThatThrownBy(() -> providers.saveAll(SyntheticProviders.generate(0, 500, LocalDate.of(2026, 11, 23),
                CLOCK), WHO))
                .isInstanceOf(StoreDiskFullException.class)
                .hasMessage("The disk holding " + file + " is full, so nothing was saved: free some space on it and try "
                        + "again.");
        assertThat(providers.isEmpty()).isTrue();
        db.close();
    }

    @Test
    void aSharedMemoryErrorWithNoFreeSpaceIsAFullDiskAndOtherwiseADiskError() {
        Path file = dir.resolve("creddesk.db");
        SQLiteException shm = new SQLiteException("[SQLITE_IOERR_SHMSIZE] I/O error within xShmMap (disk I/O error)",
                SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);
        assertThat(StoreFailures.sentence(file, new RuntimeException(shm), () -> 4096))
                .isInstanceOf(StoreDiskFullException.class).hasMessageContaining("is full");
        assertThat(StoreFailures.sentence(file, new RuntimeException(shm), () -> 50L * 1024 * 1024 * 1024))
                .hasMessage("The database " + file + " could not be read or written (disk I/O error): check that its "
                        + "disk or network drive is still there and try again; nothing was saved.");
    }

    @Test
    void aDamagedPageSaysTheFileIsDamagedAndWhereTheBackupsAre() throws Exception {
        Path file = dir.resolve("creddesk.db");
        Database db = Database.open(file, CLOCK);
        new ProviderRepository(db).saveAll(SyntheticProviders.generate(0, 400, LocalDate.of(2026, 11, 23), CLOCK), WHO);
        db.close();
        damage(file, "provider");
        Database opened = Database.open(file, CLOCK);
        assertThatThrownBy(() -> new ProviderRepository(opened).list(null, true, ProviderSort.NAME, 0, 1000))
                .isInstanceOf(StoreException.class)
                .hasMessage("The database " + file + " is damaged (part of the file cannot be read), so nothing was "
                        + "changed: restore the newest copy from " + dir.resolve("backups") + " or your own backup, "
                        + "or have the file repaired.");
        opened.close();
    }

    @Test
    void statementErrorsCarryNoBoundValues() {
        Database db = Database.open(dir.resolve("creddesk.db"), CLOCK);
        assertThatThrownBy(() -> db.write(h -> h.execute("INSERT INTO no_such_table VALUES (?)", "Müller 1980-02-29")))
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("Müller");
                    }
                });
        db.close();
    }
}
