package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.ProviderFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    static int latest() {
        return Migrator.available().get(Migrator.available().size() - 1).version();
    }

    @Test
    void migratesFromEmptyWithWalAndForeignKeys() {
        Database db = Database.open(dir.resolve("a.db"), Clock.systemUTC());
        assertThat(db.schemaVersion()).isEqualTo(latest());
        String mode = db.read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
        assertThat(mode).isEqualToIgnoringCase("wal");
        int fk = db.read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
        assertThat(fk).isEqualTo(1);
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void migratesFromThePreviousVersionKeepingDataAndABackupFirst() throws Exception {
        Path file = dir.resolve("b.db");
        // The migration before the latest (versions need not be consecutive: V3 may land before V2).
        List<Migrator.Migration> all = Migrator.available();
        int previous = all.size() > 1 ? all.get(all.size() - 2).version() : 1;
        Database old = Database.open(file, Clock.systemUTC(), previous, 1000);
        ProviderFile f = ProviderRepositoryTest.müller();
        new ProviderRepository(old).save(f, ChangeContext.manual("alice", "test"));
        Database db = Database.open(file, Clock.systemUTC());
        assertThat(db.schemaVersion()).isEqualTo(latest());
        assertThat(new ProviderRepository(db).load(f.id())).isPresent();
        if (previous < latest()) {
            try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
                List<Path> copies = backups.toList();
                assertThat(copies).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).contains("-v" + previous));
            }
        }
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not a database, just text that is long enough to have a header....");
        assertThatThrownBy(() -> Database.open(junk, Clock.systemUTC())).isInstanceOf(StoreException.class)
                .hasMessageContaining("junk.db");
    }

    @Test
    void aSecondWriterWaitsThenGetsAClearMessageWhenTheFileStaysLocked() throws Exception {
        Path file = dir.resolve("c.db");
        Database db = Database.open(file, Clock.systemUTC(), Integer.MAX_VALUE, 200);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> new ProviderRepository(db).save(ProviderRepositoryTest.müller(),
                    ChangeContext.manual("bob", "test")))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("another CredDesk window or program");
            st.execute("ROLLBACK");
        }
        new ProviderRepository(db).save(ProviderRepositoryTest.müller(), ChangeContext.manual("bob", "test"));
        assertThat(new ProviderRepository(db).isEmpty()).isFalse();
    }

    private static final String FILL_SCRATCH = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
            + "WHERE i < 1500) INSERT INTO scratch SELECT randomblob(16000) FROM n";

    @Test
    void theLogIsCopiedBackOnItsOwnThreadAndRestartedBeforeItGrowsWithoutBound() throws Exception {
        Path file = dir.resolve("w.db");
        Path wal = dir.resolve("w.db-wal");
        Database db = Database.open(file, Clock.systemUTC());
        int autocheckpoint = db.write(h -> h.createQuery("PRAGMA wal_autocheckpoint").mapTo(Integer.class).one());
        assertThat(autocheckpoint).as("the writer's commits do not checkpoint").isZero();
        long before = Files.size(file);
        db.write(h -> h.execute("CREATE TABLE scratch (b BLOB)"));
        // 24 MB in one commit: past the checkpoint threshold, so the checkpoint thread copies it into the file.
        db.write(h -> h.execute(FILL_SCRATCH));
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> Files.size(file) > before + WalCheckpointer.THRESHOLD_BYTES);
        assertThat(Files.size(file)).as("pages copied into the database file while it is open")
                .isGreaterThan(before + WalCheckpointer.THRESHOLD_BYTES);
        // Commits that keep coming: the log is restarted before it passes the bound by more than a commit.
        for (int i = 0; i < 14; i++) {
            db.write(h -> h.execute(FILL_SCRATCH));
            assertThat(Files.size(wal)).isLessThan(WalCheckpointer.RESTART_BYTES + 2 * 25_000_000L);
        }
        db.close();
        assertThat(wal).as("closing checkpoints the rest").doesNotExist();
        Database again = Database.open(file, Clock.systemUTC());
        int rows = again.read(h -> h.createQuery("SELECT count(*) FROM scratch").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(15 * 1500);
        again.close();
    }

    @Test
    void twoWindowsWritingTheSameFileWhileTheirCheckpointsRunLeaveItWhole() throws Exception {
        Path file = dir.resolve("two.db");
        Database first = Database.open(file, Clock.systemUTC());
        Database second = Database.open(file, Clock.systemUTC());
        first.write(h -> h.execute("CREATE TABLE scratch (who TEXT, b BLOB)"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (Database db : List.of(first, second)) {
            String who = db == first ? "first" : "second";
            done.add(pool.submit(() -> {
                for (int i = 0; i < 12; i++) {
                    // 4 MB a commit: both logs' checkpoints run while the other window writes.
                    db.write(h -> h.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            + "WHERE i < 250) INSERT INTO scratch SELECT ?, randomblob(16000) FROM n", who));
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        first.close();
        second.close();
        Database again = Database.open(file, Clock.systemUTC());
        String check = again.read(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
        assertThat(check).isEqualTo("ok");
        List<String> counts = again.read(h -> h.createQuery("SELECT who || '=' || count(*) FROM scratch GROUP BY who "
                + "ORDER BY who").mapTo(String.class).list());
        assertThat(counts).containsExactly("first=3000", "second=3000");
        again.close();
    }

    @Test
    void blobsAreContentAddressed() throws Exception {
        BlobStore blobs = new BlobStore(dir);
        BlobStore.Blob a = blobs.put(new java.io.ByteArrayInputStream("%PDF-1.4 hello".getBytes()));
        BlobStore.Blob b = blobs.put(new java.io.ByteArrayInputStream("%PDF-1.4 hello".getBytes()));
        assertThat(a).isEqualTo(b);
        assertThat(blobs.path(a.sha256())).exists().hasContent("%PDF-1.4 hello");
        assertThat(blobs.path(a.sha256()).getParent().getFileName().toString()).isEqualTo(a.sha256().substring(0, 2));
        try (Stream<Path> files = Files.list(blobs.path(a.sha256()).getParent().getParent())) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
