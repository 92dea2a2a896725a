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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider list on a real store of 1,000 synthetic providers: paging, search, SQL sorting, expiry flags. */
class ProviderListViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    AppContext app;
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    ProviderListViewModel vm;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        app.providerRepository().saveAll(SyntheticProviders.generate(0, 1000, LocalDate.now(CLOCK), CLOCK),
                app.manualChange());
        vm = new ProviderListViewModel(app.providers(), tasks, Runnable::run);
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theListHasEveryMatchButLoadsOnlyThePagesAskedFor() {
        vm.refresh();
        assertThat(vm.matchesProperty().get()).isEqualTo(1000);
        assertThat(vm.totalProperty().get()).isEqualTo(1000);
        assertThat(vm.rows()).hasSize(1000);
        ProviderSummary deep = vm.rows().get(950);
        assertThat(deep).isNotNull();
        assertThat(deep).isEqualTo(app.providers().search("", false, ProviderSort.NAME, 950, 1).get(0));
    }

    @Test
    void searchingByNpiFindsOneProvider() {
        String npi = SyntheticProviders.npi(417);
        vm.searchTextProperty().set(npi);
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.rows().get(0).npi()).isEqualTo(npi);
        assertThat(vm.totalProperty().get()).isEqualTo(1000);
    }

    @Test
    void sortingByNpiDescendingHappensInTheDatabase() {
        vm.sortProperty().set(ProviderSort.NPI_DESC);
        String first = vm.rows().get(0).npi();
        String last = vm.rows().get(999).npi();
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
