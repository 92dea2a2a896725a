package org.creddesk.ui.providers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.TaxonomyDescriptions;
import org.creddesk.provider.ProviderService;
import org.creddesk.store.ChecklistRepository.OpenProgress;
import org.creddesk.store.ProviderSort;
import org.creddesk.ui.common.Debouncer;
import org.creddesk.ui.common.TaskRunner;

/**
 * The provider list: instant search (debounced, off the FX thread), "show retired", sorting in SQL, and rows
 * loaded page by page so the list stays quick with 100,000 providers.
 */
public final class ProviderListViewModel {
    /** How soon an expiry is flagged in the list. */
    public enum Urgency { NONE, OVERDUE, SOON }

    /** Next expiries this close show in amber (the list's hint, providers.list.hint, names the number). */
    private static final int SOON_DAYS = 30;

    private record Query(String text, boolean retired, ProviderSort sort) {
    }

    private record FirstPage(int matches, int total, List<ProviderSummary> rows, Map<String, OpenProgress> progress,
                             TaxonomyDescriptions codes) {
    }

    private record Page(List<ProviderSummary> rows, Map<String, OpenProgress> progress) {
    }

    /** The open checklist progress of a page of providers (one query per page). */
    @FunctionalInterface
    public interface ProgressSource {
        Map<String, OpenProgress> of(Collection<String> providerIds);
    }

    private final ProviderService providers;
    private final TaskRunner tasks;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty showRetired = new SimpleBooleanProperty(false);
    private final ObjectProperty<ProviderSort> sort = new SimpleObjectProperty<>(ProviderSort.NAME);
    private final IntegerProperty matches = new SimpleIntegerProperty(0);
    private final IntegerProperty total = new SimpleIntegerProperty(0);
    private final PagedProviderList rows = new PagedProviderList();
    private final Map<String, OpenProgress> progress = new HashMap<>();
    private final ProgressSource progressSource;
    private final Supplier<TaxonomyDescriptions> taxonomyCodes;
    private TaxonomyDescriptions codes = TaxonomyDescriptions.none();
    private int querySeq;

    public ProviderListViewModel(ProviderService providers, ProgressSource progressSource, TaskRunner tasks,
                                 Debouncer debouncer) {
        this(providers, progressSource, TaxonomyDescriptions::none, tasks, debouncer);
    }

    /** {@code taxonomyCodes}: the NUCC code set in force, read with each first page, for the words beside a code. */
    public ProviderListViewModel(ProviderService providers, ProgressSource progressSource,
                                 Supplier<TaxonomyDescriptions> taxonomyCodes, TaskRunner tasks, Debouncer debouncer) {
        this.providers = providers;
        this.progressSource = progressSource;
        this.taxonomyCodes = taxonomyCodes;
        this.tasks = tasks;
        searchText.addListener((obs, old, now) -> debouncer.submit(this::refresh));
        showRetired.addListener((obs, old, now) -> refresh());
        sort.addListener((obs, old, now) -> refresh());
    }

    /** Runs the current query again: count, total and the first page in one background read. */
    public void refresh() {
        Query q = new Query(searchText.get() == null ? "" : searchText.get().strip(), showRetired.get(), sort.get());
        int seq = ++querySeq;
        tasks.run(p -> {
            Page first = page(q, 0, PagedProviderList.PAGE_SIZE);
            return new FirstPage(providers.count(q.text(), q.retired()), providers.count("", false), first.rows(),
                    first.progress(), taxonomyCodes.get());
        }, page -> {
            if (seq != querySeq) {
                return; // a newer keystroke already asked again
            }
            codes = page.codes();
            matches.set(page.matches());
            total.set(page.total());
            progress.clear();
            progress.putAll(page.progress());
            rows.reset(page.matches(), page.rows(), (offset, limit, done) -> tasks.run(
                    p -> page(q, offset, limit), more -> {
                        progress.putAll(more.progress());
                        done.accept(more.rows());
                    }));
        });
    }

    private Page page(Query q, int offset, int limit) {
        List<ProviderSummary> found = providers.search(q.text(), q.retired(), q.sort(), offset, limit);
        return new Page(found, progressSource.of(found.stream().map(ProviderSummary::id).toList()));
    }

    /** "207R00000X Internal Medicine Physician": the primary code and the code set's words for it. */
    public String taxonomyOf(ProviderSummary s) {
        if (s == null || s.primaryTaxonomy() == null) {
            return "";
        }
        return codes.of(s.primaryTaxonomy()).map(d -> s.primaryTaxonomy() + "  " + d).orElse(s.primaryTaxonomy());
    }

    /** "7 of 12" for a provider with an open checklist, else empty. */
    public String progressOf(ProviderSummary s) {
        OpenProgress p = s == null ? null : progress.get(s.id());
        return p == null ? "" : p.requiredDone() + " / " + p.requiredTotal();
    }

    public Urgency urgency(LocalDate nextExpiry) {
        if (nextExpiry == null) {
            return Urgency.NONE;
        }
        LocalDate today = providers.today();
        if (nextExpiry.isBefore(today)) {
            return Urgency.OVERDUE;
        }
        return nextExpiry.isAfter(today.plusDays(SOON_DAYS)) ? Urgency.NONE : Urgency.SOON;
    }

    public PagedProviderList rows() {
        return rows;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }

    public ObjectProperty<ProviderSort> sortProperty() {
        return sort;
    }

    public IntegerProperty matchesProperty() {
        return matches;
    }

    /** All active providers, whatever the search: for the status bar. */
    public IntegerProperty totalProperty() {
        return total;
    }
}
