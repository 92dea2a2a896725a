package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.creddesk.domain.ChangeContext;
import org.creddesk.sample.SyntheticProviders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several CredDesk windows opening one database at the same moment (issue 16, item 1), inside one JVM: each open
 * is its own {@link Database} with its own connections, so they meet only at the SQLite file, as processes do.
 */
class MigrationRaceTest {
    static final Clock CLOCK = Clock.systemUTC();
    @TempDir
    Path dir;

    /** A file at schema version 9 holding {@code providers} providers: V10 and V11 are pending on it. */
    static Path olderDatabase(Path file, int providers) {
        Database old = Database.open(file, CLOCK, 9, 1000);
        new ProviderRepository(old).saveAll(SyntheticProviders.generate(0, providers, LocalDate.of(2026, 11, 23),
                CLOCK), ChangeContext.manual("alice", "test"));
        old.close();
        return file;
    }

    static List<Path> backups(Path folder) throws Exception {
        Path dir = folder.resolve("backups");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Opens {@code file} from {@code count} threads released at the same instant; every open must succeed. */
    private void openAtOnce(Path file, int count) throws Exception {
        CyclicBarrier together = new CyclicBarrier(count);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> opened = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                opened.add(pool.submit(() -> {
                    together.await();
                    try (Database db = Database.open(file, CLOCK)) {
                        return new ProviderRepository(db).list(null, true, ProviderSort.NAME, 0, 1000).size();
                    }
                }));
            }
            for (Future<Integer> f : opened) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void threeOpensOfANewDatabaseAtOnceAllSucceedWithOneSchema() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path file = dir.resolve("new-" + round + ".db");
            openAtOnce(file, 3);
            assertThat(userVersion(file)).isEqualTo(DatabaseTest.latest());
            assertThat(integrity(file)).isEqualTo("ok");
            assertThat(backups(dir)).as("a new file has nothing to back up").isEmpty();
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".new-"));
            }
        }
    }

    @Test
    void threeOpensOfAnOlderDatabaseAtOnceMigrateItOnceWithOneBackup() throws Exception {
        Path template = olderDatabase(dir.resolve("template").resolve("v9.db"), 300);
        for (int round = 0; round < 3; round++) {
            Path folder = dir.resolve("round-" + round);
            Files.createDirectories(folder);
            Path file = folder.resolve("creddesk.db");
            Files.copy(template, file, StandardCopyOption.REPLACE_EXISTING);
            openAtOnce(file, 3);
            assertThat(userVersion(file)).isEqualTo(DatabaseTest.latest());
            assertThat(integrity(file)).isEqualTo("ok");
            try (Database db = Database.open(file, CLOCK)) {
                assertThat(new ProviderRepository(db).list(null, true, ProviderSort.NAME, 0, 1000)).hasSize(300);
                assertThat(new ProviderRepository(db).list("1", true, ProviderSort.NAME, 0, 1000)).isNotEmpty();
            }
            assertThat(backups(folder)).singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).matches("creddesk-v9-\\d{8}-\\d{6}\\.db"))
                    .satisfies(p -> assertThat(userVersion(p)).isEqualTo(9));
        }
    }

    @Test
    void threeWholeAppsOpeningAnOlderDatabaseAtOnceDeriveItsDeadlinesOnce() throws Exception {
        Path file = olderDatabase(dir.resolve("creddesk.db"), 300);
        CyclicBarrier together = new CyclicBarrier(3);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            opened.add(pool.submit(() -> {
                together.await();
                try (org.creddesk.app.AppContext app = org.creddesk.app.AppContext.open(file, CLOCK)) {
                    return app.deadlines().find(org.creddesk.domain.workflow.DeadlineQuery.within(
                            LocalDate.of(2026, 11, 23), 3650)).size();
                }
            }));
        }
        List<Integer> counts = new ArrayList<>();
        for (Future<Integer> f : opened) {
            counts.add(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(counts).as("every window sees the same derived deadlines").containsOnly(counts.get(0));
        assertThat(counts.get(0)).isPositive();
        assertThat(integrity(file)).isEqualTo("ok");
        assertThat(backups(dir)).hasSize(1);
    }

    @Test
    void aWaitingOpenFindsTheMigrationDoneAndNeverSetsTheVersionBack() throws Exception {
        Path file = olderDatabase(dir.resolve("creddesk.db"), 20);
        // Another program holds the write lock while this one opens: the open waits, then finds the work done.
        Database first;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<Database> waiting = pool.submit(() -> Database.open(file, CLOCK));
            for (Migrator.Migration m : Migrator.available()) {
                if (m.version() > 9) {
                    st.executeUpdate(m.sql());
                    st.executeUpdate("PRAGMA user_version = " + m.version());
                }
            }
            st.execute("COMMIT");
            first = waiting.get(5, TimeUnit.MINUTES);
            pool.shutdown();
        }
        assertThat(first.schemaVersion()).isEqualTo(DatabaseTest.latest());
        first.close();
        assertThat(integrity(file)).isEqualTo("ok");
        assertThat(backups(dir)).as("this open migrated nothing, so it copied nothing").isEmpty();
    }

    @Test
    void anUnversionedFileWithTablesIsCopiedFirstAndLeftAsItWasOncePerVersionHoweverOftenItIsTried()
            throws Exception {
        Path file = dir.resolve("creddesk.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE provider (id TEXT PRIMARY KEY, note TEXT)");
            st.execute("INSERT INTO provider VALUES ('p1', 'kept by another program')");
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> Database.open(file, CLOCK)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("holds tables but no CredDesk schema version")
                    .hasMessageContaining("left as it was");
        }
        assertThat(backups(dir)).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).matches("creddesk-v0-\\d{8}-\\d{6}\\.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups(dir).get(0));
             Statement st = c.createStatement(); var rs = st.executeQuery("SELECT note FROM provider")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("kept by another program");
        }
        assertThat(userVersion(file)).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'change_log'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing of CredDesk's schema was added").isZero();
        }
    }
}
