package org.creddesk.ui.providers;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.provider.ProviderService;
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

    private static final int SOON_DAYS = 30;

    private record Query(String text, boolean retired, ProviderSort sort) {
    }

    private record FirstPage(int matches, int total, List<ProviderSummary> rows) {
    }

    private final ProviderService providers;
    private final TaskRunner tasks;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty showRetired = new SimpleBooleanProperty(false);
    private final ObjectProperty<ProviderSort> sort = new SimpleObjectProperty<>(ProviderSort.NAME);
    private final IntegerProperty matches = new SimpleIntegerProperty(0);
    private final IntegerProperty total = new SimpleIntegerProperty(0);
    private final PagedProviderList rows = new PagedProviderList();
    private int querySeq;

    public ProviderListViewModel(ProviderService providers, TaskRunner tasks, Debouncer debouncer) {
        this.providers = providers;
        this.tasks = tasks;
        searchText.addListener((obs, old, now) -> debouncer.submit(this::refresh));
        showRetired.addListener((obs, old, now) -> refresh());
        sort.addListener((obs, old, now) -> refresh());
    }

    /** Runs the current query again: count, total and the first page in one background read. */
    public void refresh() {
        Query q = new Query(searchText.get() == null ? "" : searchText.get().strip(), showRetired.get(), sort.get());
        int seq = ++querySeq;
        tasks.run(p -> new FirstPage(providers.count(q.text(), q.retired()), providers.count("", false),
                providers.search(q.text(), q.retired(), q.sort(), 0, PagedProviderList.PAGE_SIZE)), page -> {
                    if (seq != querySeq) {
                        return; // a newer keystroke already asked again
                    }
                    matches.set(page.matches());
                    total.set(page.total());
                    rows.reset(page.matches(), page.rows(), (offset, limit, done) -> tasks.run(
                            p -> providers.search(q.text(), q.retired(), q.sort(), offset, limit), done));
                });
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
