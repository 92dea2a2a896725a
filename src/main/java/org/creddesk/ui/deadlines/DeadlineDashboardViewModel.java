package org.creddesk.ui.deadlines;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.creddesk.domain.workflow.DeadlineStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.DeadlineSummary;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.Blocker;
import org.creddesk.workflow.DeadlineService;
import org.creddesk.workflow.DeadlineSpreadsheet;
import org.creddesk.workflow.WhatBlocksThisFile;

/**
 * The deadline dashboard: counts (overdue, within 7/30/60/90 days) overall, by kind and by coordinator; the list
 * for the chosen window, kind and coordinator; what blocks the selected deadline's provider file; mark done, or
 * snooze until a date with a reason.
 */
public final class DeadlineDashboardViewModel {
    /** The most rows the list holds; the counts above it cover every deadline. */
    static final int LIMIT = 5000;
    private final DeadlineService deadlines;
    private final WhatBlocksThisFile whatBlocks;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObjectProperty<DeadlineWindow> window = new SimpleObjectProperty<>(DeadlineWindow.DAYS_30);
    private final ObjectProperty<DeadlineKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<String> coordinator = new SimpleObjectProperty<>();
    private final ObservableList<DeadlineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DeadlineSummary> byKind = FXCollections.observableArrayList();
    private final ObservableList<DeadlineSummary> byCoordinator = FXCollections.observableArrayList();
    private final ObservableList<String> coordinators = FXCollections.observableArrayList();
    private final ObservableList<Blocker> blockers = FXCollections.observableArrayList();
    private final IntegerProperty overdue = new SimpleIntegerProperty();
    private final IntegerProperty within7 = new SimpleIntegerProperty();
    private final IntegerProperty within30 = new SimpleIntegerProperty();
    private final IntegerProperty within60 = new SimpleIntegerProperty();
    private final IntegerProperty within90 = new SimpleIntegerProperty();
    private final ObjectProperty<DeadlineRow> selected = new SimpleObjectProperty<>();
    private final StringProperty snoozeUntil = new SimpleStringProperty("");
    private final StringProperty snoozeReason = new SimpleStringProperty("");
    private final StringProperty snoozeError = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty listNote = new SimpleStringProperty("");
    private final int limit;
    private final BooleanBinding canSnooze;

    public DeadlineDashboardViewModel(DeadlineService deadlines, WhatBlocksThisFile whatBlocks, ChangeContext ctx,
                                      TaskRunner tasks, Messages messages) {
        this(deadlines, whatBlocks, ctx, tasks, messages, LIMIT);
    }

    DeadlineDashboardViewModel(DeadlineService deadlines, WhatBlocksThisFile whatBlocks, ChangeContext ctx,
                               TaskRunner tasks, Messages messages, int limit) {
        this.limit = limit;
        this.deadlines = deadlines;
        this.whatBlocks = whatBlocks;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        window.addListener((o, a, b) -> refresh());
        kind.addListener((o, a, b) -> refresh());
        coordinator.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> loadBlockers(b));
        snoozeUntil.addListener((o, a, b) -> snoozeError.set(snoozeProblem().orElse("")));
        canSnooze = Bindings.createBooleanBinding(() -> selected.get() != null && snoozeProblem().isEmpty()
                        && !snoozeReason.get().isBlank(), selected, snoozeUntil, snoozeReason);
    }

    public LocalDate today() {
        return deadlines.today();
    }

    /** Once per screen: tells what became due or overdue since the last visit on another day. */
    public void greet() {
        greet(text -> { });
    }

    /**
     * At start: what became due or overdue since the last visit on another day, in the dashboard's notice and to
     * {@code announce} (the main window's notice).
     */
    public void greet(Consumer<String> announce) {
        tasks.run(progress -> deadlines.visit(), since -> since.filter(s -> !s.becameDue().isEmpty())
                .ifPresent(s -> {
                    long overdueNow = s.becameDue().stream()
                            .filter(t -> t.deadline().statusOn(today()) == DeadlineStatus.OVERDUE).count();
                    String text = messages.text("deadlines.notice.sinceLastVisit", s.becameDue().size(),
                            DateText.format(s.lastVisit()));
                    notice.set(text);
                    announce.accept(messages.text("deadlines.notice.startOfDay", s.becameDue().size(),
                            DateText.format(s.lastVisit()), overdueNow));
                }));
    }

    /** Reloads the counts and the list for the current filters, off the FX thread. */
    public void refresh() {
        LocalDate asOf = today();
        DeadlineWindow w = window.get() == null ? DeadlineWindow.ALERTING : window.get();
        DeadlineQuery base = w.days() == null ? DeadlineQuery.alertingOn(asOf) : DeadlineQuery.within(asOf, w.days());
        DeadlineQuery query = new DeadlineQuery(asOf, base.withinDays(), kind.get() == null ? Set.of()
                : Set.of(kind.get()), coordinator.get(), null, false, false, limit);
        tasks.run(progress -> new Loaded(deadlines.dashboard(asOf), deadlines.find(query)), loaded -> show(loaded, asOf));
    }

    private record Loaded(DeadlineService.Dashboard dashboard, List<TrackedDeadline> rows) {
    }

    private void show(Loaded loaded, LocalDate asOf) {
        DeadlineSummary total = loaded.dashboard().total();
        overdue.set(total.overdue());
        within7.set(total.within7());
        within30.set(total.within30());
        within60.set(total.within60());
        within90.set(total.within90());
        byKind.setAll(loaded.dashboard().byKind());
        byCoordinator.setAll(loaded.dashboard().byCoordinator());
        List<String> names = loaded.dashboard().byCoordinator().stream().map(DeadlineSummary::group)
                .filter(g -> !g.isBlank()).toList();
        if (!coordinators.equals(names)) {
            coordinators.setAll(names);
        }
        // A list cut at its limit says so: the rest is there, a filter away (never a silent skip).
        listNote.set(loaded.rows().size() >= limit ? messages.text("deadlines.list.firstOnly", limit) : "");
        String keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(loaded.rows().stream().map(t -> new DeadlineRow(t, deadlines.statusOf(t, asOf),
                deadlines.stageOf(t, asOf))).toList());
        selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
    }

    private void loadBlockers(DeadlineRow row) {
        if (row == null) {
            blockers.clear();
            return;
        }
        tasks.run(progress -> whatBlocks.of(row.providerId()), blockers::setAll);
    }

    /** Writes the deadlines listed now (with the current filters) to a spreadsheet, off the FX thread. */
    public void exportSpreadsheet(Path target) {
        List<TrackedDeadline> listed = rows.stream().map(DeadlineRow::tracked).toList();
        LocalDate asOf = today();
        tasks.runVisible(messages.text("deadlines.export.task"), progress -> DeadlineSpreadsheet.write(listed, asOf,
                target), n -> notice.set(messages.text("deadlines.export.done", n, target.getFileName())));
    }

    public void markDone() {
        DeadlineRow row = selected.get();
        if (row == null) {
            return;
        }
        tasks.run(progress -> {
            deadlines.markDone(row.id(), ctx);
            return row;
        }, done -> {
            notice.set(messages.text("deadlines.notice.done", done.tracked().deadline().subject()));
            refresh();
        });
    }

    public void snooze() {
        DeadlineRow row = selected.get();
        if (row == null || !canSnooze.get()) {
            return;
        }
        LocalDate until = DateText.parse(snoozeUntil.get()).orElseThrow();
        String reason = snoozeReason.get();
        tasks.run(progress -> {
            deadlines.snooze(row.id(), until, reason, ctx);
            return row;
        }, done -> {
            notice.set(messages.text("deadlines.notice.snoozed", done.tracked().deadline().subject(),
                    DateText.format(until)));
            snoozeUntil.set("");
            snoozeReason.set("");
            refresh();
        }, failure -> notice.set(HumanMessage.of(failure)));
    }

    private Optional<String> snoozeProblem() {
        String text = snoozeUntil.get();
        if (text == null || text.isBlank()) {
            return Optional.of("");
        }
        try {
            LocalDate until = DateText.parse(text).orElseThrow();
            return until.isAfter(today()) ? Optional.empty()
                    : Optional.of(messages.text("deadlines.snooze.afterToday", DateText.format(today())));
        } catch (DateTimeException e) {
            return Optional.of(messages.text("deadlines.snooze.notADate", text));
        }
    }

    public ObjectProperty<DeadlineWindow> windowProperty() {
        return window;
    }

    public ObjectProperty<DeadlineKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> coordinatorProperty() {
        return coordinator;
    }

    public ObservableList<DeadlineRow> rows() {
        return rows;
    }

    public ObservableList<DeadlineSummary> byKind() {
        return byKind;
    }

    public ObservableList<DeadlineSummary> byCoordinator() {
        return byCoordinator;
    }

    public ObservableList<String> coordinators() {
        return coordinators;
    }

    public ObservableList<Blocker> blockers() {
        return blockers;
    }

    public IntegerProperty overdueProperty() {
        return overdue;
    }

    public IntegerProperty within7Property() {
        return within7;
    }

    public IntegerProperty within30Property() {
        return within30;
    }

    public IntegerProperty within60Property() {
        return within60;
    }

    public IntegerProperty within90Property() {
        return within90;
    }

    public ObjectProperty<DeadlineRow> selectedProperty() {
        return selected;
    }

    public StringProperty snoozeUntilProperty() {
        return snoozeUntil;
    }

    public StringProperty snoozeReasonProperty() {
        return snoozeReason;
    }

    public StringProperty snoozeErrorProperty() {
        return snoozeError;
    }

    public BooleanBinding canSnooze() {
        return canSnooze;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** Says the list stops at its limit (empty when every matching deadline is listed). */
    public StringProperty listNoteProperty() {
        return listNote;
    }
}
