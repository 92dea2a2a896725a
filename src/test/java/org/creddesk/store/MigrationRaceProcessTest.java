package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 1, as it happened: separate CredDesk programs started at the same moment on one database file,
 * a new one and an older one, several times over. Every program must succeed and leave one correct database.
 */
class MigrationRaceProcessTest {
    private static final int ROUNDS = 2;
    @TempDir
    Path dir;

    private static List<AppProcess> startTogether(Path folder, Path db, int count) throws Exception {
        List<AppProcess> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(AppProcess.start(folder.resolve("home"), "p" + i, "--db", db.toString(), "providers", "list",
                    "--all", "--json"));
        }
        return started;
    }

    @Test
    void threeProgramsStartedOnANewDatabaseAllSucceed() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Path folder = dir.resolve("new-" + round);
            Path db = folder.resolve("creddesk.db");
            for (AppProcess p : startTogether(folder, db, 3)) {
                assertThat(p.exitCode()).as(p.describe()).isZero();
                assertThat(p.out().strip()).isEqualTo("[ ]");
            }
            assertThat(MigrationRaceTest.userVersion(db)).isEqualTo(DatabaseTest.latest());
            assertThat(MigrationRaceTest.integrity(db)).isEqualTo("ok");
            assertThat(MigrationRaceTest.backups(folder)).isEmpty();
        }
    }

    @Test
    void programsStartedOnAnOlderDatabaseAtOnceLeaveOneCorrectDatabaseAndOneBackup() throws Exception {
        Path template = MigrationRaceTest.olderDatabase(dir.resolve("template").resolve("v9.db"), 600);
        for (int round = 0; round < ROUNDS; round++) {
            Path folder = dir.resolve("old-" + round);
            Files.createDirectories(folder);
            Path db = folder.resolve("creddesk.db");
            Files.copy(template, db, StandardCopyOption.REPLACE_EXISTING);
            for (AppProcess p : startTogether(folder, db, round == 0 ? 2 : 3)) {
                assertThat(p.exitCode()).as(p.describe()).isZero();
                assertThat(p.out()).contains("\"npi\"");
            }
            assertThat(MigrationRaceTest.userVersion(db)).isEqualTo(DatabaseTest.latest());
            assertThat(MigrationRaceTest.integrity(db)).isEqualTo("ok");
            assertThat(MigrationRaceTest.backups(folder)).singleElement()
                    .satisfies(b -> assertThat(b.getFileName().toString()).startsWith("creddesk-v9-"))
                    .satisfies(b -> assertThat(MigrationRaceTest.userVersion(b)).isEqualTo(9));
            AppProcess after = AppProcess.start(folder.resolve("home"), "after", "--db", db.toString(), "providers",
                    "list", "--all", "--json");
            assertThat(after.exitCode()).as(after.describe()).isZero();
        }
    }
}
