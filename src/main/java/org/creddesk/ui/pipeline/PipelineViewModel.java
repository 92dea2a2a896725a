package org.creddesk.ui.pipeline;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.TaxonomyDescriptions;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PipelineFilter;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.Blocker;
import org.creddesk.workflow.LifecycleService;
import org.creddesk.workflow.PipelineEntry;
import org.creddesk.workflow.PipelineStage;

/**
 * The pipeline board: a column per lifecycle stage with its exact count and its first cards (longest in the stage
 * first), filtered by coordinator, payer, specialty and state; moving the selected card to another stage with a
 * reason. Loads run off the FX thread.
 */
public final class PipelineViewModel {
    /** Cards per column: the board stays quick with 100,000 providers; the counts stay exact. */
    static final int CAP = 40;

    /** What one load brings back. */
    private record Loaded(List<PipelineStage> stages, TaxonomyDescriptions codes, List<Payer> payers) {
    }

    private final LifecycleService lifecycle;
    private final java.util.function.Supplier<TaxonomyDescriptions> codes;
    private final java.util.function.Supplier<List<Payer>> payerList;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty coordinator = new SimpleStringProperty("");
    private final StringProperty specialty = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final ObjectProperty<Payer> payer = new SimpleObjectProperty<>();
    private final ObservableList<Payer> payers = FXCollections.observableArrayList();
    private final ObservableList<PipelineColumnModel> columns = FXCollections.observableArrayList();
    private final ObjectProperty<PipelineCardModel> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LifecycleStage> moveTo = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObservableList<String> selectedBlocks = FXCollections.observableArrayList();
    private final BooleanBinding canMove;
    private int refreshSeq;

    public PipelineViewModel(LifecycleService lifecycle, java.util.function.Supplier<TaxonomyDescriptions> codes,
                             java.util.function.Supplier<List<Payer>> payers, ChangeContext ctx, TaskRunner tasks,
                             Messages messages) {
        this.lifecycle = lifecycle;
        this.codes = codes;
        this.payerList = payers;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        canMove = Bindings.createBooleanBinding(() -> selected.get() != null && moveTo.get() != null
                && moveTo.get() != selected.get().stage() && reason.get() != null && !reason.get().isBlank(),
                selected, moveTo, reason);
        payer.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> selectedBlocks.setAll(b == null ? List.of() : b.blocks()));
    }

    public void refresh() {
        int seq = ++refreshSeq;
        PipelineFilter filter = new PipelineFilter(coordinator.get(), payer.get() == null ? null : payer.get().id(),
                specialty.get(), state.get());
        tasks.run(p -> new Loaded(lifecycle.pipeline(filter, CAP, false), codes.get(), payerList.get()), loaded -> {
            if (seq != refreshSeq) {
                return;
            }
            if (!payers.equals(loaded.payers())) {
                Payer chosen = payer.get();
                payers.setAll(loaded.payers());
                payer.set(chosen);
            }
            show(loaded);
            loadBlocks(seq, loaded);
        });
    }

    /** The cards show first; what blocks them (the slow part: every shown file is read) follows. */
    private void loadBlocks(int seq, Loaded shown) {
        List<String> ids = shown.stages().stream().filter(s -> s.stage() != LifecycleStage.INACTIVE)
                .flatMap(s -> s.entries().stream()).map(e -> e.card().providerId()).toList();
        if (ids.isEmpty()) {
            return;
        }
        tasks.run(p -> lifecycle.blocksOf(ids), blocks -> {
            if (seq != refreshSeq) {
                return;
            }
            List<PipelineStage> withBlocks = shown.stages().stream().map(s -> new PipelineStage(s.stage(), s.total(),
                    s.expectedDays(), s.entries().stream().map(e -> new PipelineEntry(e.card(), e.daysInStage(),
                            e.overdue(), blocks.getOrDefault(e.card().providerId(), List.of()))).toList())).toList();
            show(new Loaded(withBlocks, shown.codes(), shown.payers()));
        });
    }

    private void show(Loaded loaded) {
        String keep = selected.get() == null ? null : selected.get().providerId();
        List<PipelineColumnModel> result = new ArrayList<>();
        PipelineCardModel reselect = null;
        for (PipelineStage s : loaded.stages()) {
            List<PipelineCardModel> cards = new ArrayList<>();
            for (PipelineEntry e : s.entries()) {
                PipelineCardModel card = card(s, e, loaded.codes());
                if (card.providerId().equals(keep)) {
                    reselect = card;
                }
                cards.add(card);
            }
            String title = messages.text("pipeline.column.title", stageLabel(s.stage()), s.total());
            String shown = cards.size() < s.total() ? messages.text("pipeline.column.showing", cards.size(), s.total())
                    : "";
            result.add(new PipelineColumnModel(s.stage(), title, shown, cards));
        }
        columns.setAll(result);
        selected.set(reselect);
    }

    private PipelineCardModel card(PipelineStage s, PipelineEntry e, TaxonomyDescriptions codes) {
        String code = e.card().specialty();
        String described = code == null ? "" : codes.shown(code, null);
        String specialtyText = code == null ? messages.text("pipeline.card.noSpecialty")
                : described == null || described.isBlank() ? code : described;
        String days = e.overdue() ? messages.text("pipeline.card.daysOverdue", e.daysInStage(), s.expectedDays())
                : messages.text("pipeline.card.days", e.daysInStage());
        List<String> blocks = e.blocks().stream().map(PipelineViewModel::blockText).toList();
        String line = blocks.isEmpty() ? "" : blocks.size() == 1 ? e.blocks().get(0).subject()
                : messages.text("pipeline.card.blocksMore", e.blocks().get(0).subject(), blocks.size() - 1);
        return new PipelineCardModel(e.card().providerId(), s.stage(), e.card().displayName(), specialtyText, days,
                e.overdue(), line, blocks);
    }

    private static String blockText(Blocker b) {
        return b.detail() == null ? b.subject() : b.subject() + ": " + b.detail();
    }

    public String stageLabel(LifecycleStage stage) {
        return messages.text("pipeline.stage." + stage.name());
    }

    /** A drop or a keystroke chose where {@code card} goes: the reason is what is left to give. */
    public void prepareMove(PipelineCardModel card, LifecycleStage to) {
        selected.set(card);
        moveTo.set(to);
    }

    /** Ctrl+Right / Ctrl+Left: the next or previous stage from the one chosen (or the card's own). */
    public void step(int direction) {
        PipelineCardModel card = selected.get();
        if (card == null) {
            return;
        }
        LifecycleStage from = moveTo.get() == null ? card.stage() : moveTo.get();
        int next = from.ordinal() + direction;
        if (next >= 0 && next < LifecycleStage.values().length) {
            moveTo.set(LifecycleStage.values()[next]);
        }
    }

    public void move() {
        if (!canMove.get()) {
            if (selected.get() != null && moveTo.get() != null && (reason.get() == null || reason.get().isBlank())) {
                notice.set(messages.text("pipeline.move.reasonRequired"));
            }
            return;
        }
        PipelineCardModel card = selected.get();
        LifecycleStage to = moveTo.get();
        String why = reason.get();
        tasks.run(p -> lifecycle.move(card.providerId(), to, why, ctx), m -> {
            notice.set(messages.text("pipeline.notice.moved", card.name(), stageLabel(to)));
            reason.set("");
            moveTo.set(null);
            refresh();
        }, failure -> notice.set(failure.getMessage()));
    }

    public ObservableList<PipelineColumnModel> columns() {
        return columns;
    }

    public ObservableList<Payer> payers() {
        return payers;
    }

    public ObservableList<String> selectedBlocks() {
        return selectedBlocks;
    }

    public StringProperty coordinatorProperty() {
        return coordinator;
    }

    public StringProperty specialtyProperty() {
        return specialty;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public ObjectProperty<Payer> payerProperty() {
        return payer;
    }

    public ObjectProperty<PipelineCardModel> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LifecycleStage> moveToProperty() {
        return moveTo;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanBinding canMove() {
        return canMove;
    }
}
