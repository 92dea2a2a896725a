package org.creddesk.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlineStatus;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.workflow.Blocker;
import org.creddesk.workflow.LoadedSample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard on the sample data, without the toolkit; "today" moves by opening the store with another clock. */
class DeadlineDashboardViewModelTest {
    static final LocalDate LOADED = LocalDate.of(2026, 11, 23);
    @TempDir
    Path dir;
    AppContext app;
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();

    static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @BeforeEach
    void sample() {
        LoadedSample.copyInto(dir);
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
        assertThat(tasks.failures()).isEmpty();
    }

    DeadlineDashboardViewModel open(LocalDate today) {
        if (app != null) {
            app.close();
        }
        app = AppContext.open(dir.resolve("creddesk.db"), on(today));
        return new DeadlineDashboardViewModel(app.deadlines(), app.whatBlocks(), app.screening()::holds,
                app.manualChange(), tasks, Messages.forLocale(Locale.US));
    }

    static DeadlineRow ashdownLicense(List<DeadlineRow> rows) {
        return rows.stream().filter(r -> "1870000001".equals(r.tracked().npi())
                && r.tracked().deadline().subject().equals("MA license 0030000")).findFirst().orElseThrow();
    }

    @Test
    void countsListsAndFiltersAndTheStatusesFollowTheDate() {
        DeadlineDashboardViewModel vm = open(LOADED);
        vm.refresh();
        assertThat(vm.overdueProperty().get()).isPositive();
        assertThat(vm.within7Property().get()).isLessThanOrEqualTo(vm.within30Property().get());
        assertThat(vm.within30Property().get()).isLessThanOrEqualTo(vm.within90Property().get());
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.due()).isBeforeOrEqualTo(LOADED.plusDays(30)));
        DeadlineRow license = ashdownLicense(vm.rows());
        assertThat(license.status()).isEqualTo(DeadlineStatus.DUE);
        assertThat(license.stage()).isEqualTo("30d");
        assertThat(vm.coordinators()).contains("jlee");
        assertThat(vm.byKind()).extracting(s -> s.group()).contains("LICENSE");

        vm.kindProperty().set(DeadlineKind.CAQH);
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.tracked().deadline().kind())
                .isEqualTo(DeadlineKind.CAQH));
        vm.kindProperty().set(null);
        vm.coordinatorProperty().set("jlee");
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.tracked().coordinator()).isEqualTo("jlee"));

        DeadlineDashboardViewModel later = open(LOADED.plusDays(25));
        later.windowProperty().set(DeadlineWindow.DAYS_7);
        DeadlineRow lapsed = ashdownLicense(later.rows());
        assertThat(lapsed.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(lapsed.stage()).isEqualTo("expired");
    }

    @Test
    void aListCutAtItsLimitSaysSoAndAFilterThatFitsDoesNot() {
        open(LOADED); // the sample store, opened on the day it was loaded
        DeadlineDashboardViewModel vm = new DeadlineDashboardViewModel(app.deadlines(), app.whatBlocks(),
                app.screening()::holds, app.manualChange(), tasks, Messages.forLocale(Locale.US), 20);
        vm.refresh();
        assertThat(vm.rows()).hasSize(20);
        assertThat(vm.within30Property().get()).isGreaterThan(20);
        assertThat(vm.listNoteProperty().get()).startsWith("The list shows the first 20 by due date");
        vm.kindProperty().set(DeadlineKind.DEA);
        vm.coordinatorProperty().set("jlee");
        assertThat(vm.rows()).hasSizeLessThan(20);
        assertThat(vm.listNoteProperty().get()).isEmpty();
    }

    @Test
    void theDeadlinesOfAProviderWithAnOpenExclusionHitCarryTheHold() throws Exception {
        DeadlineDashboardViewModel vm = open(LOADED);
        org.creddesk.domain.Provider p = app.providerRepository().loadByNpi("1870000001").orElseThrow().provider();
        // A fictitious list row with the sample provider's name only (no NPI, no date of birth): a possible match.
        Path list = java.nio.file.Files.writeString(dir.resolve("UPDATED.csv"), "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,"
                + "GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,"
                + "WVRSTATE\r\n" + p.lastName().toUpperCase(Locale.ROOT) + "," + p.firstName().toUpperCase(Locale.ROOT)
                + ",,,IND- LIC HC SERV PRO,PHYSICIAN,,0000000000,,1 FICTION WAY,NOWHERE,WY,00001,1128a1,20180612,"
                + "00000000,00000000,\r\n");
        app.screening().importList(list, null, LOADED, app.manualChange(), org.creddesk.domain.Progress.NONE);
        app.screening().screenAll(app.manualChange(), org.creddesk.domain.Progress.NONE);
        vm.refresh();
        DeadlineRow license = ashdownLicense(vm.rows());
        assertThat(license.exclusion()).isNotNull().satisfies(h -> {
            assertThat(h.pendingHits()).isEqualTo(1);
            assertThat(h.confirmed()).isFalse();
        });
        assertThat(vm.rows()).filteredOn(r -> r.exclusion() != null)
                .allSatisfy(r -> assertThat(r.providerId()).isEqualTo(p.id()));
        assertThat(vm.rows()).anySatisfy(r -> assertThat(r.exclusion()).isNull());
    }

    @Test
    void theFirstVisitOnALaterDayTellsWhatBecameDue() {
        DeadlineDashboardViewModel first = open(LOADED);
        first.greet();
        assertThat(first.noticeProperty().get()).isEmpty();
        DeadlineDashboardViewModel later = open(LOADED.plusDays(25));
        later.greet();
        assertThat(later.noticeProperty().get()).matches("\\d+ deadlines became due or overdue since your last visit "
                + "on 11/23/2026\\.");
        DeadlineDashboardViewModel again = open(LOADED.plusDays(25));
        again.greet();
        assertThat(again.noticeProperty().get()).isEmpty();
    }

    @Test
    void selectingShowsWhatBlocksTheFileAndSnoozeAndDoneTakeItOff() {
        DeadlineDashboardViewModel vm = open(LOADED);
        vm.refresh();
        DeadlineRow license = ashdownLicense(vm.rows());
        vm.selectedProperty().set(license);
        assertThat(vm.blockers()).extracting(Blocker::subject).contains("MA license 0030000");

        vm.snoozeUntilProperty().set("31/12/2026");
        assertThat(vm.snoozeErrorProperty().get()).isEqualTo("'31/12/2026' is not a date: use MM/DD/YYYY");
        vm.snoozeUntilProperty().set("11/23/2026");
        assertThat(vm.snoozeErrorProperty().get()).isEqualTo("Snooze until a day after today (11/23/2026)");
        vm.snoozeUntilProperty().set("12/01/2026");
        assertThat(vm.snoozeErrorProperty().get()).isEmpty();
        assertThat(vm.canSnooze().get()).isFalse();
        vm.snoozeReasonProperty().set("Renewal submitted to the board");
        assertThat(vm.canSnooze().get()).isTrue();
        int before = vm.rows().size();
        vm.snooze();
        assertThat(vm.rows()).hasSize(before - 1).noneMatch(r -> r.id().equals(license.id()));
        assertThat(vm.noticeProperty().get()).isEqualTo("Snoozed until 12/01/2026: MA license 0030000");

        DeadlineRow next = vm.rows().get(0);
        vm.selectedProperty().set(next);
        vm.markDone();
        assertThat(vm.rows()).noneMatch(r -> r.id().equals(next.id()));
        assertThat(vm.noticeProperty().get()).startsWith("Done: ");
        assertThat(app.changeLog().forEntity(next.id())).hasSize(1);
    }
}
