package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.creddesk.AppProcess;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.workflow.PayerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, item 10: a crash while the sample loads must never leave it half there for good (it once left 160
 * providers and none of the 54 enrollments, and running {@code sample-data} again added nothing).
 */
class SampleDataCrashTest {
    @TempDir
    Path dir;

    private static int count(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.json().size();
    }

    private static void assertWholeSample(Path db) {
        assertThat(count(CliRun.of("--db", db.toString(), "providers", "list", "--all", "--json"))).isEqualTo(160);
        assertThat(count(CliRun.of("--db", db.toString(), "enrollments", "list", "--json"))).isEqualTo(54);
    }

    /** A failure injected just after the providers are saved and before the payers and enrollments. */
    private static Progress crashingBeforeEnrollments() {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (message.startsWith("Adding sample payers")) {
                    throw new IllegalStateException("simulated crash between the parts of the sample");
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    @Test
    void aCrashBetweenThePartsKeepsNothingAndTheNextRunLoadsItAll() {
        Path db = dir.resolve("creddesk.db");
        try (AppContext app = AppContext.open(db, CliRun.CLOCK)) {
            assertThatThrownBy(() -> app.loadSample(crashingBeforeEnrollments()))
                    .hasMessageContaining("simulated crash");
            assertThat(app.providerRepository().isEmpty()).as("the providers went with the failed load").isTrue();
            assertThat(app.enrollments().payers()).extracting(p -> p.name()).doesNotContain("Acme Health Plan");
        }
        CliRun again = CliRun.of("--db", db.toString(), "sample-data");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("160 providers added", "54 enrollments added");
        assertWholeSample(db);
        CliRun third = CliRun.of("--db", db.toString(), "sample-data");
        assertThat(third.err()).contains("0 providers added, 160 already present, 0 enrollments added");
        assertWholeSample(db);
    }

    @Test
    void aStoreAnEarlierVersionLeftWithPayersButNoEnrollmentsIsRepairedByTheNextRun() {
        Path db = dir.resolve("creddesk.db");
        try (AppContext app = AppContext.open(db, CliRun.CLOCK)) {
            app.sampleData().load(null);
            app.enrollments().savePayer(null, "Medicare Part B", PayerKind.MEDICARE, null, 45, 14, null,
                    app.manualChange());
            app.enrollments().savePayer(null, "Acme Health Plan", PayerKind.COMMERCIAL, null, 60, 14, null,
                    app.manualChange());
        }
        assertThat(count(CliRun.of("--db", db.toString(), "enrollments", "list", "--json"))).isZero();
        CliRun again = CliRun.of("--db", db.toString(), "sample-data");
        assertThat(again.err()).contains("0 providers added, 160 already present, 54 enrollments added");
        assertWholeSample(db);
        try (AppContext app = AppContext.open(db, CliRun.CLOCK)) {
            assertThat(app.enrollments().payers()).extracting(p -> p.name()).containsOnlyOnce("Medicare Part B",
                    "Medicaid (MA)", "Acme Health Plan", "Harbor Health Partners");
        }
    }

    @Test
    void aProgramKilledWhileLoadingLeavesAWholeStoreThatTheNextRunCompletes() throws Exception {
        Path db = dir.resolve("creddesk.db");
        AppProcess loading = AppProcess.start(dir.resolve("home"), "sample", "--db", db.toString(), "sample-data");
        // The document files are written first, inside the load: kill -9 once they appear, mid-load.
        WaitForAsyncUtils.waitFor(5, TimeUnit.MINUTES, () -> Files.isDirectory(dir.resolve("blobs"))
                || !loading.process().isAlive());
        loading.process().destroyForcibly().waitFor();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            var rs = st.executeQuery("PRAGMA integrity_check");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
            rs = st.executeQuery("SELECT (SELECT count(*) FROM provider), (SELECT count(*) FROM enrollment)");
            rs.next();
            assertThat(new int[] {rs.getInt(1), rs.getInt(2)}).as("nothing or everything")
                    .satisfiesAnyOf(n -> assertThat(n).containsExactly(0, 0), n -> assertThat(n).containsExactly(160, 54));
        }
        CliRun again = CliRun.of("--db", db.toString(), "sample-data");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertWholeSample(db);
    }
}
