package org.creddesk.ui.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.ContractFacts;
import org.creddesk.domain.workflow.ContractKind;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.ProviderStage;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.ContractService;
import org.creddesk.workflow.LifecycleService;

/**
 * The provider file's "Stage and contracts" section: where the provider stands in the lifecycle, its payer
 * contracts, a form to add one (payer, kind, term, notice, fee schedule, the signed copy) and ending one.
 */
public final class ProviderContractsViewModel {
    /** What one read brings back. */
    private record Loaded(ProviderStage stage, List<ContractFacts> contracts, List<Payer> payers) {
    }

    private final ContractService contracts;
    private final LifecycleService lifecycle;
    private final Supplier<List<Payer>> payerList;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObjectProperty<ProviderFile> file = new SimpleObjectProperty<>();
    private final BooleanProperty stored = new SimpleBooleanProperty();
    private final StringProperty stageLine = new SimpleStringProperty("");
    private final ObservableList<ContractFacts> rows = FXCollections.observableArrayList();
    private final ObservableList<Payer> payers = FXCollections.observableArrayList();
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObjectProperty<ContractFacts> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Payer> payer = new SimpleObjectProperty<>();
    private final ObjectProperty<ContractKind> kind = new SimpleObjectProperty<>(ContractKind.PARTICIPATING);
    private final StringProperty effective = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty noticeDays = new SimpleStringProperty("");
    private final BooleanProperty autoRenews = new SimpleBooleanProperty();
    private final StringProperty feeSchedule = new SimpleStringProperty("");
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanBinding canAdd;
    private int loadSeq;

    public ProviderContractsViewModel(ContractService contracts, LifecycleService lifecycle,
                                      Supplier<List<Payer>> payers, ChangeContext ctx, TaskRunner tasks,
                                      Messages messages) {
        this.contracts = contracts;
        this.lifecycle = lifecycle;
        this.payerList = payers;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        canAdd = Bindings.createBooleanBinding(() -> stored.get() && payer.get() != null && kind.get() != null
                && DateText.isValid(effective.get()) && DateText.isValid(end.get()) && days(noticeDays.get()) != -1,
                stored, payer, kind, effective, end, noticeDays);
    }

    /** null for blank, -1 for text that is no number of days. */
    private static Integer days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            return n < 0 ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public void open(ProviderFile shown, boolean isStored) {
        file.set(shown);
        stored.set(isStored);
        documents.setAll(shown == null ? List.of() : shown.documents());
        reload();
    }

    public void reload() {
        int mine = ++loadSeq;
        ProviderFile f = file.get();
        if (f == null || !stored.get()) {
            rows.clear();
            stageLine.set("");
            return;
        }
        String id = f.id();
        tasks.run(p -> new Loaded(lifecycle.stageOf(id), contracts.forProvider(id), payerList.get()), loaded -> {
            if (mine != loadSeq) {
                return;
            }
            ProviderStage s = loaded.stage();
            stageLine.set(messages.text("contracts.stage.line", messages.text("pipeline.stage." + s.stage().name()),
                    DateText.format(s.since()), s.daysIn(lifecycle.today()),
                    messages.text("contracts.stage.cause." + s.cause().name())));
            rows.setAll(loaded.contracts());
            payers.setAll(loaded.payers());
        });
    }

    public void add() {
        if (!canAdd.get()) {
            return;
        }
        String providerId = file.get().id();
        LocalDate from = DateText.parse(effective.get()).orElse(null);
        LocalDate to = DateText.parse(end.get()).orElse(null);
        ContractService.Terms terms = new ContractService.Terms(payer.get().id(), kind.get(), from, to,
                autoRenews.get(), days(noticeDays.get()), feeSchedule.get(),
                document.get() == null ? null : document.get().id());
        String payerName = payer.get().name();
        tasks.run(p -> contracts.add(providerId, terms, ctx), c -> {
            notice.set(messages.text("contracts.notice.added", payerName,
                    c.noticeDate().map(DateText::format).orElse("")));
            effective.set("");
            end.set("");
            noticeDays.set("");
            feeSchedule.set("");
            autoRenews.set(false);
            document.set(null);
            reload();
        }, failure -> notice.set(failure.getMessage()));
    }

    /** Ends the selected contract today. */
    public void endSelected() {
        ContractFacts c = selected.get();
        if (c == null || c.contract().terminatedOn() != null) {
            return;
        }
        tasks.run(p -> contracts.end(c.contract().id(), null, ctx), ended -> {
            notice.set(messages.text("contracts.notice.ended", c.payerName(), DateText.format(ended.terminatedOn())));
            reload();
        }, failure -> notice.set(failure.getMessage()));
    }

    String kindText(ContractKind k) {
        return k == null ? "" : messages.text("contracts.kind." + k.name());
    }

    String term(ContractFacts c) {
        return messages.text("contracts.term", c.contract().effectiveOn() == null ? "?"
                : DateText.format(c.contract().effectiveOn()), c.contract().endsOn() == null ? "?"
                : DateText.format(c.contract().endsOn()));
    }

    String noticeText(ContractFacts c) {
        return c.contract().noticeDate().map(DateText::format).orElse("");
    }

    String statusText(ContractFacts c) {
        if (c.contract().terminatedOn() != null) {
            return messages.text("contracts.status.ended", DateText.format(c.contract().terminatedOn()));
        }
        return messages.text(c.contract().autoRenews() ? "contracts.status.autoRenews" : "contracts.status.standing");
    }

    public Messages messages() {
        return messages;
    }

    public StringProperty stageLineProperty() {
        return stageLine;
    }

    public ObservableList<ContractFacts> rows() {
        return rows;
    }

    public ObservableList<Payer> payers() {
        return payers;
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObjectProperty<ContractFacts> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Payer> payerProperty() {
        return payer;
    }

    public ObjectProperty<ContractKind> kindProperty() {
        return kind;
    }

    public StringProperty effectiveProperty() {
        return effective;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty noticeDaysProperty() {
        return noticeDays;
    }

    public BooleanProperty autoRenewsProperty() {
        return autoRenews;
    }

    public StringProperty feeScheduleProperty() {
        return feeSchedule;
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanBinding canAdd() {
        return canAdd;
    }

    public BooleanProperty storedProperty() {
        return stored;
    }
}
