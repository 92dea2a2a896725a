package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.ProviderSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 item 8: every column of the provider list sorts in SQL, both ways, with empty values last. */
class ProviderListSortTest {
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"),
                ZoneOffset.UTC));
        app.loadSample(Progress.NONE);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void nextExpiryDegreeAndStateSortBothWaysAcrossPages() {
        assertSorted(ProviderSort.NEXT_EXPIRY, ProviderSummary::nextExpiry, false);
        assertSorted(ProviderSort.NEXT_EXPIRY_DESC, ProviderSummary::nextExpiry, true);
        assertSorted(ProviderSort.DEGREE, s -> s.degree() == null ? null : s.degree().toLowerCase(), false);
        assertSorted(ProviderSort.STATE_DESC, ProviderSummary::state, true);
        assertSorted(ProviderSort.TAXONOMY, ProviderSummary::primaryTaxonomy, false);
        assertThat(pages(ProviderSort.NEXT_EXPIRY).get(0).nextExpiry()).isEqualTo(pages(ProviderSort.NEXT_EXPIRY)
                .stream().map(ProviderSummary::nextExpiry).filter(Objects::nonNull).min(LocalDate::compareTo).orElseThrow());
    }

    @Test
    void statusAndChecklistSortWithEveryProviderListedOnce() {
        for (ProviderSort sort : ProviderSort.values()) {
            List<ProviderSummary> all = pages(sort);
            assertThat(all).as(sort.name()).hasSize(160);
            assertThat(all.stream().map(ProviderSummary::id).distinct().count()).as(sort.name()).isEqualTo(160);
        }
        List<ProviderSummary> byStatus = pages(ProviderSort.STATUS_DESC);
        assertThat(byStatus.get(0).status()).isNotNull();
    }

    private <T extends Comparable<T>> void assertSorted(ProviderSort sort, Function<ProviderSummary, T> key,
                                                        boolean descending) {
        List<T> keys = pages(sort).stream().map(key).toList();
        List<T> present = keys.stream().filter(Objects::nonNull).toList();
        Comparator<T> order = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        assertThat(present).as(sort.name()).isSortedAccordingTo(order);
        assertThat(keys.subList(present.size(), keys.size())).as(sort.name() + ": empty values last").allMatch(Objects::isNull);
    }

    /** The whole list read page by page, as the window reads it. */
    private List<ProviderSummary> pages(ProviderSort sort) {
        List<ProviderSummary> all = new java.util.ArrayList<>();
        for (int offset = 0; offset < 200; offset += 50) {
            all.addAll(app.providers().search("", false, sort, offset, 50));
        }
        return all;
    }
}
