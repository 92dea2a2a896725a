package org.creddesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.ui.common.Debouncer;
import org.creddesk.ui.common.PaletteItem;
import org.creddesk.ui.common.TaskRunner;

/**
 * Ctrl+K: type a provider's name or NPI, or part of a command; matching commands come first, then places found
 * by the screens (read off the FX thread).
 */
public final class CommandPaletteViewModel {
    private static final int MAX_COMMANDS = 6;
    private final TaskRunner tasks;
    private final Supplier<List<PaletteItem>> commands;
    private final Function<String, List<PaletteItem>> finder;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PaletteItem> items = FXCollections.observableArrayList();
    private int seq;

    public CommandPaletteViewModel(TaskRunner tasks, Debouncer debouncer, Supplier<List<PaletteItem>> commands,
                                   Function<String, List<PaletteItem>> finder) {
        this.tasks = tasks;
        this.commands = commands;
        this.finder = finder;
        query.addListener((obs, old, now) -> debouncer.submit(this::search));
    }

    public void reset() {
        query.set("");
        search();
    }

    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        String needle = text.toLowerCase(Locale.ROOT);
        List<PaletteItem> matching = commands.get().stream()
                .filter(c -> c.label().toLowerCase(Locale.ROOT).contains(needle)).limit(MAX_COMMANDS).toList();
        int mine = ++seq;
        if (text.isEmpty()) {
            items.setAll(matching);
            return;
        }
        tasks.run(p -> finder.apply(text), found -> {
            if (mine == seq) {
                List<PaletteItem> all = new ArrayList<>(found);
                all.addAll(matching);
                items.setAll(all);
            }
        });
    }

    /** Runs the chosen item (or the first when none is chosen); false when there is nothing to run. */
    public boolean run(PaletteItem chosen) {
        PaletteItem item = chosen != null ? chosen : items.isEmpty() ? null : items.get(0);
        if (item == null) {
            return false;
        }
        item.action().run();
        return true;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PaletteItem> items() {
        return items;
    }
}
