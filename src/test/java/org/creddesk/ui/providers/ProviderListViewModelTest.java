package org.creddesk.ui.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.sample.SyntheticProviders;
import org.creddesk.store.ProviderSort;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider list on a real store of 250 synthetic providers: paging, search, SQL sorting, expiry flags. */
class ProviderListViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final int PROVIDERS = 250;
    @TempDir
    static Path dir;
    static AppContext app;
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    ProviderListViewModel vm;

    /** One store for all tests: none of them writes. */
    @BeforeAll
    static void fill() {
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        app.providerRepository().saveAll(SyntheticProviders.generate(0, PROVIDERS, LocalDate.now(CLOCK), CLOCK),
                app.manualChange());
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @BeforeEach
    void open() {
        vm = new ProviderListViewModel(app.providers(), app.checklists()::openProgress, tasks, Runnable::run);
    }

    @AfterEach
    void noFailures() {
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theListHasEveryMatchButLoadsOnlyThePagesAskedFor() {
        vm.refresh();
        assertThat(vm.matchesProperty().get()).isEqualTo(PROVIDERS);
        assertThat(vm.totalProperty().get()).isEqualTo(PROVIDERS);
        assertThat(vm.rows()).hasSize(PROVIDERS);
        ProviderSummary deep = vm.rows().get(220);
        assertThat(deep).isNotNull();
        assertThat(deep).isEqualTo(app.providers().search("", false, ProviderSort.NAME, 220, 1).get(0));
    }

    @Test
    void theOpenChecklistsProgressShowsOnItsRowOnEveryPage(@TempDir Path own) {
        try (AppContext store = AppContext.open(own.resolve("creddesk.db"), CLOCK)) {
            store.providerRepository().saveAll(SyntheticProviders.generate(0, 130, LocalDate.now(CLOCK), CLOCK),
                    store.manualChange());
            ProviderListViewModel list = new ProviderListViewModel(store.providers(),
                    store.checklists()::openProgress, tasks, Runnable::run);
            ProviderSummary first = store.providers().search("", false, ProviderSort.NAME, 0, 1).get(0);
            ProviderSummary later = store.providers().search("", false, ProviderSort.NAME, 120, 1).get(0);
            var c = store.checklists().start(first.id(), "initial-credentialing",
                    org.creddesk.domain.workflow.CredentialingProgram.ACCREDITATION, null, store.manualChange());
            store.checklists().start(later.id(), "payer-enrollment",
                    org.creddesk.domain.workflow.CredentialingProgram.ACCREDITATION, null, store.manualChange());
            var cv = store.checklists().items(c.id()).stream().filter(i -> i.required()).findFirst().orElseThrow();
            store.checklists().setStatus(cv.id(), org.creddesk.domain.workflow.ItemStatus.WAIVED, "on file",
                    null, store.manualChange());
            list.refresh();
            int required = (int) store.checklists().items(c.id()).stream().filter(i -> i.required()).count();
            assertThat(list.progressOf(list.rows().get(0))).isEqualTo("1 / " + required);
            assertThat(list.progressOf(list.rows().get(1))).isEmpty();
            assertThat(list.progressOf(list.rows().get(120))).isEqualTo("0 / 7");
        }
    }

    @Test
    void searchingByNpiFindsOneProvider() {
        String npi = SyntheticProviders.npi(217);
        vm.searchTextProperty().set(npi);
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.rows().get(0).npi()).isEqualTo(npi);
        assertThat(vm.totalProperty().get()).isEqualTo(PROVIDERS);
    }

    @Test
    void sortingByNpiDescendingHappensInTheDatabase() {
        vm.sortProperty().set(ProviderSort.NPI_DESC);
        String first = vm.rows().get(0).npi();
        String last = vm.rows().get(PROVIDERS - 1).npi();
        assertThat(first.compareTo(last)).isPositive();
        assertThat(vm.rows().get(1).npi().compareTo(first)).isNegative();
    }

    @Test
    void expiriesAreFlaggedWhenOverdueOrWithinThirtyDays() {
        LocalDate today = LocalDate.now(CLOCK);
        assertThat(vm.urgency(today.minusDays(1))).isEqualTo(ProviderListViewModel.Urgency.OVERDUE);
        assertThat(vm.urgency(today.plusDays(30))).isEqualTo(ProviderListViewModel.Urgency.SOON);
        assertThat(vm.urgency(today.plusDays(31))).isEqualTo(ProviderListViewModel.Urgency.NONE);
        assertThat(vm.urgency(null)).isEqualTo(ProviderListViewModel.Urgency.NONE);
    }
}
