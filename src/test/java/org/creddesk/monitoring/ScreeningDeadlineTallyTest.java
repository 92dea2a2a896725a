package org.creddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlineSummary;
import org.creddesk.sample.SyntheticProviders;
import org.creddesk.workflow.DeadlineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screening run moves screening deadlines set-based (ScreeningDeadlines): the dashboard's tally of open
 * deadlines must still equal a count of the rows, and the run's deadlines must show on the dashboard.
 */
class ScreeningDeadlineTallyTest {
    static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final Clock NOV26 = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final Clock JANUARY = Clock.fixed(Instant.parse("2027-01-05T09:00:00Z"), ZoneOffset.UTC);
    static final String[] COORDINATORS = {null, "mkim", "jlee"};
    final ChangeContext rita = ChangeContext.manual("rita", "test");

    @TempDir
    Path dir;
    AppContext app;
    int active;

    @BeforeEach
    void setUp() {
        app = AppContext.open(dir.resolve("creddesk.db"), NOVEMBER);
        List<ProviderFile> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ProviderFile f = TestProviders.provider("Ada" + i, "Quill" + i, LocalDate.of(1970 + i, 3, 4),
                    SyntheticProviders.npi(i), "MA", null, "Quill Clinic " + i, null);
            Provider p = f.provider();
            // The last one is retired: not screened, no deadlines.
            files.add(f.withProvider(new Provider(p.id(), p.firstName(), null, p.lastName(), null, p.degree(),
                    p.dateOfBirth(), null, null, null, null, p.npi(), null, null, null, null, null, null,
                    COORDINATORS[i % 3], null, i == 11 ? ProviderStatus.RETIRED : ProviderStatus.ACTIVE)));
            active += i == 11 ? 0 : 1;
        }
        app.providerRepository().saveAll(files, rita);
        app.screening().importList(TestLists.write(dir, "UPDATED.csv", TestLists.LEIE_HEADER, List.of(
                        TestLists.leiePerson("QUILL3", "ADA3", null, "19730304", "MA", "20190321"))),
                ListSource.LEIE, LocalDate.of(2026, 11, 20), rita, Progress.NONE);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theTallyCountsTheScreeningDeadlinesOfEveryRun() {
        LocalDate nov23 = LocalDate.of(2026, 11, 23);
        assertTallyIsARecount();
        // Never screened: due the day each provider was added, so due today.
        assertThat(screening(app.deadlines().dashboard(nov23))).isEqualTo(summary(0, active, active, active, active));

        app.screening().screenAll(rita, Progress.NONE); // moves the deadline to December 31 (38 days away)
        assertTallyIsARecount();
        assertThat(screening(app.deadlines().dashboard(nov23))).isEqualTo(summary(0, 0, 0, active, active));
        assertThat(app.deadlines().dashboard(nov23).byCoordinator()).extracting(DeadlineSummary::group)
                .containsExactly("", "jlee", "mkim");

        app.screening().screenAll(rita, Progress.NONE); // same month: the rows stay
        assertTallyIsARecount();
        assertThat(screening(app.deadlines().dashboard(nov23))).isEqualTo(summary(0, 0, 0, active, active));
        app.close();

        app = AppContext.open(dir.resolve("creddesk.db"), JANUARY);
        LocalDate jan5 = LocalDate.of(2027, 1, 5);
        assertThat(screening(app.deadlines().dashboard(jan5))).isEqualTo(summary(active, 0, 0, 0, 0));
        // The run's deadlines are the only ones that warn this early: the bound must grow with them.
        app.database().write(h -> h.execute("UPDATE deadline_bounds SET longest_warning_days = 0"));
        // One provider lost its screening deadline (the tally follows the delete): the run inserts it again.
        app.database().write(h -> h.execute("DELETE FROM deadline WHERE kind = 'SCREENING' AND provider_id = "
                + "(SELECT MIN(provider_id) FROM deadline WHERE coordinator = 'mkim')"));
        assertTallyIsARecount();
        assertThat(screening(app.deadlines().dashboard(jan5))).isEqualTo(summary(active - 1, 0, 0, 0, 0));
        app.screening().screenAll(rita, Progress.NONE); // moves the deadline to February 28 (54 days away)
        assertTallyIsARecount();
        assertThat(screening(app.deadlines().dashboard(jan5))).isEqualTo(summary(0, 0, 0, active, active));
        int bound = app.database().read(h -> h.createQuery("SELECT longest_warning_days FROM deadline_bounds")
                .mapTo(Integer.class).one());
        assertThat(bound).isEqualTo(app.deadlines().settings().screeningWarnDays());
    }

    @Test
    void aListDownloadedAfterTheLastScreeningBringsTheNextScreeningForward() {
        app.screening().screenAll(rita, Progress.NONE); // November 23: due by December 31
        assertThat(screeningDues()).containsOnly("2026-12-31").hasSize(active);
        app.close();

        app = AppContext.open(dir.resolve("creddesk.db"), NOV26);
        String someone = app.providerRepository().activeIds().get(0);
        // A supplement downloaded November 25, after the last screening: screen again within 30 days (DOMAIN.md).
        assertThat(importSupplement("2026-11-25.csv", LocalDate.of(2026, 11, 25))).isEqualTo(active);
        assertThat(screeningDues()).containsOnly("2026-12-25").hasSize(active);
        assertThat(app.screening().nextScreeningDue(someone)).isEqualTo(LocalDate.of(2026, 12, 25));
        assertTallyIsARecount();
        // What the list import moved is what the rules derive: a full recompute changes no row.
        List<String> before = screeningRows();
        app.deadlines().recomputeAll(Progress.NONE);
        assertThat(screeningRows()).isEqualTo(before);

        // A later list is due later than the first alert: nothing moves.
        assertThat(importSupplement("2026-11-26.csv", LocalDate.of(2026, 11, 26))).isZero();
        assertThat(screeningDues()).containsOnly("2026-12-25");

        // Screening against the lists clears the alert: back to the end of next month.
        app.screening().screenAll(rita, Progress.NONE);
        assertThat(screeningDues()).containsOnly("2026-12-31").hasSize(active);
        assertThat(app.screening().nextScreeningDue(someone)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertTallyIsARecount();
    }

    private int importSupplement(String name, LocalDate downloadedOn) {
        return app.screening().importList(TestLists.write(dir, name, TestLists.LEIE_HEADER, List.of(
                        TestLists.leiePerson("ZEPHYR", "OTTO", null, "19600101", "MA", "20200101"))),
                ListSource.LEIE, downloadedOn, rita, Progress.NONE).screeningsBroughtForward();
    }

    private List<String> screeningDues() {
        return app.database().read(h -> h.createQuery("SELECT due FROM deadline WHERE kind = 'SCREENING'")
                .mapTo(String.class).list());
    }

    private List<String> screeningRows() {
        return app.database().read(h -> h.createQuery("SELECT id || ' ' || due || ' ' || warn_from || ' ' || status "
                + "FROM deadline WHERE kind = 'SCREENING' ORDER BY id").mapTo(String.class).list());
    }

    /** The tally's non-empty rows are exactly a count of the open deadline rows. */
    private void assertTallyIsARecount() {
        List<String> recount = app.database().read(h -> h.createQuery("SELECT due || '/' || kind || '/' || "
                + "COALESCE(coordinator, '') || '=' || COUNT(*) FROM deadline WHERE status = 'OPEN' "
                + "GROUP BY due, kind, COALESCE(coordinator, '') ORDER BY 1").mapTo(String.class).list());
        List<String> tally = app.database().read(h -> h.createQuery("SELECT due || '/' || kind || '/' || coordinator "
                + "|| '=' || open FROM deadline_tally WHERE open <> 0 ORDER BY 1").mapTo(String.class).list());
        assertThat(tally).isEqualTo(recount);
        assertThat(recount).anyMatch(r -> r.contains("/" + DeadlineKind.SCREENING.name() + "/"));
    }

    private static DeadlineSummary screening(DeadlineService.Dashboard dashboard) {
        return dashboard.byKind().stream().filter(s -> s.group().equals(DeadlineKind.SCREENING.name())).findFirst()
                .orElse(summary(0, 0, 0, 0, 0));
    }

    private static DeadlineSummary summary(int overdue, int within7, int within30, int within60, int within90) {
        return new DeadlineSummary(DeadlineKind.SCREENING.name(), overdue, within7, within30, within60, within90);
    }
}
