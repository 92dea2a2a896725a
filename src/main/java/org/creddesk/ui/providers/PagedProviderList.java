package org.creddesk.ui.providers;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.creddesk.domain.ProviderSummary;

/**
 * The provider list as the table sees it: its size is the match count, and rows are fetched a page at a time when
 * the table first asks for them, so 100,000 providers cost only the pages on screen. Rows not yet loaded are null.
 */
public final class PagedProviderList extends ObservableListBase<ProviderSummary> {
    public static final int PAGE_SIZE = 100;
    private static final int PAGES_KEPT = 40;

    /** Fetches {@code limit} rows from {@code offset} in the current order and hands them back on the FX thread. */
    @FunctionalInterface
    public interface PageSource {
        void fetch(int offset, int limit, Consumer<List<ProviderSummary>> rows);
    }

    private final Map<Integer, List<ProviderSummary>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ProviderSummary>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> requested = new HashSet<>();
    private PageSource source = (offset, limit, rows) -> rows.accept(List.of());
    private int size;
    private int generation;
    private boolean fetchingInline;

    /** Starts over with a new query: its match count, first page and where to fetch the rest. */
    public void reset(int newSize, List<ProviderSummary> firstPage, PageSource newSource) {
        generation++;
        pages.clear();
        requested.clear();
        source = newSource;
        int oldSize = size;
        size = newSize;
        pages.put(0, firstPage);
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, new java.util.ArrayList<>(java.util.Collections.nCopies(oldSize, (ProviderSummary) null)));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    @Override
    public ProviderSummary get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<ProviderSummary> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page);
        }
        int at = index - page * PAGE_SIZE;
        return rows == null || at >= rows.size() ? null : rows.get(at);
    }

    private void request(int page) {
        if (!requested.add(page)) {
            return;
        }
        int requestedIn = generation;
        fetchingInline = true;
        try {
            source.fetch(page * PAGE_SIZE, PAGE_SIZE, rows -> arrived(requestedIn, page, rows));
        } finally {
            fetchingInline = false;
        }
    }

    private void arrived(int requestedIn, int page, List<ProviderSummary> rows) {
        if (requestedIn != generation) {
            return;
        }
        requested.remove(page);
        pages.put(page, rows);
        if (fetchingInline) {
            return; // answered at once (tests): the caller reads it now, no change to announce
        }
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + rows.size());
        beginChange();
        for (int i = from; i < to; i++) {
            nextUpdate(i);
        }
        endChange();
    }

    @Override
    public int size() {
        return size;
    }
}
