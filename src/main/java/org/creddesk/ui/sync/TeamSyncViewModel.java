package org.creddesk.ui.sync;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.sync.SyncException;
import org.creddesk.sync.SyncService;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/**
 * Settings -> Team server and the status bar's sync state: join with a URL and a one-time code, test the
 * connection, sync now (F9), leave. Every call runs in the background; a failure is a sentence in the notice,
 * never a dialog with a trace, and an unreachable server leaves the desktop working offline.
 */
public final class TeamSyncViewModel {
    private final SyncService sync;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty state;
    private final BooleanProperty joined = new SimpleBooleanProperty(false);

    /** {@code state}: where the one-line sync state goes (the status bar's). */
    public TeamSyncViewModel(SyncService sync, TaskRunner tasks, Messages messages, StringProperty state) {
        this.sync = sync;
        this.tasks = tasks;
        this.messages = messages;
        this.state = state;
    }

    public void refresh() {
        tasks.run(p -> sync.status(), this::show, this::failed);
    }

    private void show(SyncService.Status s) {
        joined.set(s.joined());
        if (s.joined()) {
            url.set(s.server());
            state.set(messages.text("sync.state.joined", s.team(), s.lastSyncAt() == null
                            ? messages.text("sync.state.never") : s.lastSyncAt(), s.waiting(), s.openConflicts())
                    + (s.lastError() == null ? "" : " " + messages.text("sync.state.offline")));
        } else {
            state.set(messages.text("sync.state.alone"));
        }
    }

    public void join() {
        if (url.get().isBlank() || code.get().isBlank()) {
            notice.set(messages.text("sync.notice.needUrlAndCode"));
            return;
        }
        String u = url.get().strip();
        String c = code.get().strip();
        tasks.run(p -> sync.join(u, c), a -> {
            code.set("");
            notice.set(messages.text("sync.notice.joined", a.team(), a.user(), a.role()));
            refresh();
        }, this::failed);
    }

    public void testConnection() {
        tasks.run(p -> sync.check(), h -> notice.set(messages.text("sync.notice.reachable", h.serverVersion())),
                this::failed);
    }

    public void syncNow() {
        if (!joined.get()) {
            notice.set(messages.text("sync.state.alone"));
            return;
        }
        tasks.run(p -> sync.now(), r -> {
            notice.set(messages.text("sync.notice.synced", r.pushed(), r.pulled(), r.openConflicts()));
            refresh();
        }, this::failed);
    }

    public void leave() {
        tasks.run(p -> {
            sync.leave();
            return true;
        }, x -> {
            notice.set(messages.text("sync.notice.left"));
            refresh();
        }, this::failed);
    }

    private void failed(Throwable t) {
        notice.set(t instanceof SyncException se ? se.getMessage() : messages.text("sync.notice.failed"));
        refresh();
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public BooleanProperty joinedProperty() {
        return joined;
    }
}
