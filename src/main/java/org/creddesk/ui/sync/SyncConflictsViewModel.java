package org.creddesk.ui.sync;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.sync.SyncException;
import org.creddesk.sync.SyncService;
import org.creddesk.sync.Wire;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/**
 * The Sync conflicts screen: the team's open conflicts, each one's candidates side by side (value, who, from which
 * device, when); a manager takes one with a reason, everyone else sees them read-only and is told why.
 */
public final class SyncConflictsViewModel {
    private final SyncService sync;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<Wire.Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<Wire.Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Wire.Conflict> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty readOnlyWhy = new SimpleStringProperty("");
    private final BooleanProperty canResolve = new SimpleBooleanProperty(false);

    public SyncConflictsViewModel(SyncService sync, TaskRunner tasks, Messages messages) {
        this.sync = sync;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((o, a, c) -> candidates.setAll(c == null ? List.of() : c.candidates()));
    }

    /** What {@link #load} reads in the background: the role and the open conflicts. */
    private record Loaded(SyncService.Status status, List<Wire.Conflict> conflicts) {
    }

    public void load() {
        tasks.run(p -> {
            SyncService.Status s = sync.status();
            return new Loaded(s, s.joined() ? sync.conflicts() : List.of());
        }, this::show, this::failed);
    }

    private void show(Loaded l) {
        boolean manager = l.status().joined() && "manager".equals(l.status().role());
        canResolve.set(manager);
        readOnlyWhy.set(!l.status().joined() ? messages.text("sync.state.alone")
                : manager ? "" : messages.text("sync.conflicts.readOnly", l.status().role()));
        String keep = selected.get() == null ? null : selected.get().id();
        conflicts.setAll(l.conflicts());
        selected.set(conflicts.stream().filter(c -> c.id().equals(keep)).findFirst()
                .orElse(conflicts.isEmpty() ? null : conflicts.get(0)));
        if (conflicts.isEmpty()) {
            notice.set(messages.text("sync.conflicts.none"));
        }
    }

    /** A manager takes a candidate; a reason is required (it stays in every desktop's history). */
    public void take(Wire.Candidate candidate) {
        Wire.Conflict c = selected.get();
        if (c == null || candidate == null) {
            notice.set(messages.text("sync.conflicts.pick"));
            return;
        }
        if (!canResolve.get()) {
            notice.set(readOnlyWhy.get());
            return;
        }
        if (reason.get().isBlank()) {
            notice.set(messages.text("sync.conflicts.needReason"));
            return;
        }
        String why = reason.get().strip();
        tasks.run(p -> sync.resolve(c.id(), candidate.id(), why), done -> {
            reason.set("");
            notice.set(messages.text("sync.conflicts.resolved", c.entity(), String.join(", ", c.fields())));
            load();
        }, this::failed);
    }

    private void failed(Throwable t) {
        notice.set(t instanceof SyncException se ? se.getMessage() : messages.text("sync.notice.failed"));
    }

    /** One candidate as a line: its values, or that it deletes the record. */
    public String describe(Wire.Candidate k) {
        if (k.deleted()) {
            return messages.text("sync.conflicts.deleted");
        }
        return k.value() == null ? "" : k.value().toString().replaceAll("^\\{|\\}$", "");
    }

    public ObservableList<Wire.Conflict> conflicts() {
        return conflicts;
    }

    public ObservableList<Wire.Candidate> candidates() {
        return candidates;
    }

    public ObjectProperty<Wire.Conflict> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty readOnlyWhyProperty() {
        return readOnlyWhy;
    }

    public BooleanProperty canResolveProperty() {
        return canResolve;
    }
}
