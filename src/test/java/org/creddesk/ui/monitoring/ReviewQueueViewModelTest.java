package org.creddesk.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.monitoring.HitStatus;
import org.creddesk.domain.monitoring.MatchStrength;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review queue without the toolkit, on a real store: side-by-side data, decisions, re-screening. */
class ReviewQueueViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    AppContext app;
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    ReviewQueueViewModel vm;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        ReviewQueueFixture.screenTwoHits(app, dir);
        vm = new ReviewQueueViewModel(app.screening(), app.manualChange(), tasks, Messages.forLocale(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theQueueShowsTheListRowBesideTheProviderWithTheReasons() {
        vm.refresh();
        assertThat(vm.hits()).hasSize(2);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 hits");
        assertThat(vm.selectedProperty().get().strength()).isEqualTo(MatchStrength.PROBABLE);
        assertThat(vm.comparison()).filteredOn(l -> l.label().equals("Date of birth")).singleElement()
                .satisfies(l -> {
                    assertThat(l.provider()).isEqualTo("04/09/1971");
                    assertThat(l.list()).isEqualTo("04/09/1971");
                    assertThat(l.agrees()).isTrue();
                });
        assertThat(vm.comparison()).filteredOn(l -> l.label().equals("Name")).singleElement()
                .satisfies(l -> assertThat(l.agrees()).isTrue());
        assertThat(vm.comparison()).anySatisfy(l -> assertThat(l.list()).isEqualTo("1128b4"));
        assertThat(vm.reasons()).contains("date of birth 1971-04-09 matches");
    }

    @Test
    void recordingNeedsADecisionAndANote() {
        vm.refresh();
        assertThat(vm.canRecordProperty().get()).isFalse();
        vm.dispositionProperty().set(Disposition.FALSE_POSITIVE);
        assertThat(vm.canRecordProperty().get()).isFalse();
        vm.record();
        assertThat(vm.noticeProperty().get()).isEqualTo("Choose a decision and write a note first.");
        vm.noteProperty().set("   ");
        assertThat(vm.canRecordProperty().get()).isFalse();
        vm.noteProperty().set("Board lookup: different middle name");
        assertThat(vm.canRecordProperty().get()).isTrue();
    }

    @Test
    void aRecordedFalsePositiveLeavesTheQueueAndStaysClearedOnReScreening() {
        vm.refresh();
        String hitId = vm.selectedProperty().get().id();
        vm.dispositionProperty().set(Disposition.FALSE_POSITIVE);
        vm.noteProperty().set("Board lookup: different middle name");
        vm.record();
        assertThat(vm.noticeProperty().get()).isEqualTo("Quayle, Dana: recorded as False positive: not the provider "
                + "(evidence: UPDATED.csv, downloaded 11/20/2026).");
        assertThat(vm.hits()).hasSize(1).noneMatch(h -> h.id().equals(hitId));
        assertThat(vm.noteProperty().get()).isEmpty();
        assertThat(vm.dispositionProperty().get()).isNull();

        app.screening().screenAll(app.manualChange(), Progress.NONE);
        vm.refresh();
        assertThat(vm.hits()).hasSize(1);
        vm.showAllProperty().set(true);
        assertThat(vm.hits()).hasSize(2).anySatisfy(h -> {
            assertThat(h.id()).isEqualTo(hitId);
            assertThat(h.status()).isEqualTo(HitStatus.FALSE_POSITIVE);
        });
    }

    @Test
    void screenNowRunsWithProgressAndSaysWhatItDidAndAgainstWhichFiles() {
        vm.refresh();
        assertThat(vm.listsProperty().get())
                .isEqualTo("Last screened 11/23/2026 against: UPDATED.csv (downloaded 11/20/2026, 2 rows)");
        vm.screenNow();
        assertThat(vm.noticeProperty().get()).isEqualTo("Screened 2 providers: 2 hits, 0 new.");
        assertThat(tasks.progressMessages()).contains("screened");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(app.screening().runs()).hasSize(2);
    }

    @Test
    void withoutAnyListScreenNowSaysHowToImportOne(@TempDir Path empty) {
        try (AppContext fresh = AppContext.open(empty.resolve("creddesk.db"), CLOCK)) {
            ReviewQueueViewModel model = new ReviewQueueViewModel(fresh.screening(), fresh.manualChange(), tasks,
                    Messages.forLocale(Locale.ENGLISH));
            model.refresh();
            assertThat(model.listsProperty().get()).isEqualTo("No exclusion list imported yet.");
            model.screenNow();
            assertThat(model.noticeProperty().get()).startsWith("No exclusion list imported yet: creddesk screen");
            assertThat(fresh.screening().runs()).isEmpty();
        }
    }
}
