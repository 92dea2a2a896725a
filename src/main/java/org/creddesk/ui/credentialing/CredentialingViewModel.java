package org.creddesk.ui.credentialing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.creddesk.domain.Ids;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.WorkflowKind;
import org.creddesk.domain.workflow.ItemStatus;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.WorkHistoryGap;
import org.creddesk.domain.workflow.WorkHistoryGaps;
import org.creddesk.provider.DocumentService;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.DesktopFiles;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.Blocker;
import org.creddesk.workflow.ChecklistService;
import org.creddesk.workflow.DecisionService;
import org.creddesk.workflow.WhatBlocksThisFile;

/**
 * The credentialing side of one provider file: its open checklist with progress, starting one from a template,
 * moving items along (waiving with a reason), attaching a document to an item, the verifications and decisions on
 * file, the work-history gaps, and what blocks the file. Every read and write runs off the FX thread; after each
 * write everything is loaded again, so progress and blockers always match the store.
 */
public final class CredentialingViewModel {
    private final ChecklistService checklists;
    private final DecisionService decisions;
    private final DocumentService documents;
    private final WhatBlocksThisFile whatBlocks;
    private final Supplier<WorkHistoryGaps> gapCheck;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DesktopFiles files;
    private final Clock clock;
    private final BooleanProperty stored = new SimpleBooleanProperty(false);
    private final ObjectProperty<ProviderFile> file = new SimpleObjectProperty<>();
    private final ObservableList<ChecklistTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<Checklist> checklist = new SimpleObjectProperty<>();
    private final ObservableList<Checklist> openChecklists = FXCollections.observableArrayList();
    private final BooleanProperty startingAnother = new SimpleBooleanProperty(false);
    private String chosenId;
    private final ObservableList<ChecklistItem> items = FXCollections.observableArrayList();
    private final ObservableList<Verification> verifications = FXCollections.observableArrayList();
    private final ObservableList<CredentialingDecision> decisionsMade = FXCollections.observableArrayList();
    private final ObservableList<Blocker> blockers = FXCollections.observableArrayList();
    private final ObservableList<WorkHistoryGap> gaps = FXCollections.observableArrayList();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<ChecklistTemplate> template = new SimpleObjectProperty<>();
    private final ObjectProperty<CredentialingProgram> program =
            new SimpleObjectProperty<>(CredentialingProgram.ACCREDITATION);
    private final StringProperty committee = new SimpleStringProperty("");
    private final StringProperty committeeError = new SimpleStringProperty("");
    private final BooleanBinding canStart;
    private final StartPayer startPayer;
    private Consumer<Document> onDocumentAttached = d -> { };
    private int loadSeq;

    public CredentialingViewModel(ChecklistService checklists, DecisionService decisions, DocumentService documents,
                                  WhatBlocksThisFile whatBlocks, Supplier<WorkHistoryGaps> gapCheck, ChangeContext ctx,
                                  TaskRunner tasks, Messages messages, DesktopFiles files, Clock clock) {
        this.checklists = checklists;
        this.decisions = decisions;
        this.documents = documents;
        this.whatBlocks = whatBlocks;
        this.gapCheck = gapCheck;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        this.files = files;
        this.clock = clock;
        startPayer = new StartPayer(template, messages);
        committee.addListener((o, a, b) -> committeeError.set(committeeProblem().orElse("")));
        canStart = Bindings.createBooleanBinding(() -> stored.get() && template.get() != null
                && program.get() != null && committeeError.get().isEmpty(), stored, template, program, committeeError);
    }

    /** The Documents section hears of documents attached here, so saving the file keeps them. */
    public void setOnDocumentAttached(Consumer<Document> onDocumentAttached) {
        this.onDocumentAttached = onDocumentAttached;
    }

    /** Shows a provider file; a new, unsaved provider has no checklist yet. */
    public void open(ProviderFile shown, boolean isStored) {
        if (file.get() == null || !file.get().id().equals(shown.id())) {
            chosenId = null; // another provider: show its newest open checklist
            startingAnother.set(false);
        }
        file.set(shown);
        stored.set(isStored);
        notice.set("");
        if (isStored) {
            reload();
        } else {
            loadSeq++;
            chosenId = null;
            openChecklists.clear();
            checklist.set(null);
            List.of(items, verifications, decisionsMade, blockers, gaps).forEach(List::clear);
            progress.set("");
        }
    }

    /** Reads everything again off the FX thread; a newer load wins over an older one. */
    public void reload() {
        ProviderFile shown = file.get();
        if (shown == null || !stored.get()) {
            return;
        }
        int seq = ++loadSeq;
        LocalDate today = LocalDate.now(clock);
        String wanted = chosenId;
        tasks.run(p -> CredentialingFacts.read(checklists, decisions, whatBlocks, gapCheck.get(), shown, wanted,
                today), loaded -> {
            if (seq == loadSeq) {
                show(loaded);
            }
        });
    }

    private void show(CredentialingFacts loaded) {
        templates.setAll(loaded.templates());
        startPayer.show(loaded.payers(), loaded.payerTemplates());
        if (template.get() == null || !loaded.templates().contains(template.get())) {
            // A file never approved starts with initial credentialing; an approved one is due for recredentialing.
            WorkflowKind likely = loaded.decisions().stream().anyMatch(d -> d.outcome() == DecisionOutcome.APPROVE)
                    ? WorkflowKind.RECREDENTIALING : WorkflowKind.INITIAL_CREDENTIALING;
            template.set(loaded.templates().stream().filter(t -> t.kind() == likely).findFirst()
                    .orElse(loaded.templates().isEmpty() ? null : loaded.templates().get(0)));
        }
        openChecklists.setAll(loaded.open());
        checklist.set(loaded.checklist());
        chosenId = loaded.checklist() == null ? null : loaded.checklist().id();
        items.setAll(loaded.items());
        verifications.setAll(loaded.verifications());
        decisionsMade.setAll(loaded.decisions());
        blockers.setAll(loaded.blockers());
        gaps.setAll(loaded.gaps());
        ChecklistService.ChecklistProgress p = loaded.progress();
        progress.set(p == null ? "" : messages.text("credentialing.progress", p.requiredDone(), p.requiredTotal()));
    }

    /** Starts the chosen template's checklist for this provider, with the planned committee date if given. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        String id = file.get().id();
        ChecklistTemplate t = template.get();
        CredentialingProgram prog = program.get();
        LocalDate planned = DateText.parse(committee.get()).orElse(null);
        String payerId = startPayer.payerId();
        tasks.runVisible(messages.text("credentialing.start.task"), p -> checklists.start(id, t.code(), payerId, prog,
                planned, ctx), started -> {
                    notice.set(messages.text("credentialing.started", started.name()));
                    committee.set("");
                    chosenId = started.id();
                    startingAnother.set(false);
                    reload();
                });
    }

    /** Plans (or moves) the shown checklist's committee date: verifications must be fresh then. */
    public void planCommittee(LocalDate on, Consumer<String> said) {
        Checklist c = checklist.get();
        if (c != null) {
            tasks.run(p -> {
                checklists.planCommittee(c.id(), on, ctx);
                return c;
            }, done -> {
                said.accept(messages.text("credentialing.committee.planned", done.name(), DateText.format(on)));
                reload();
            }, failure -> said.accept(HumanMessage.of(failure)));
        }
    }

    /** Shows another of the provider's open checklists (a payer enrollment beside the credentialing one). */
    public void choose(Checklist c) {
        if (c != null && !c.id().equals(chosenId)) {
            chosenId = c.id();
            reload();
        }
    }

    /** Moves an item to requested, received or verified (waiving goes through {@link #waive}). */
    public void move(ChecklistItem item, ItemStatus to) {
        if (item == null || to == ItemStatus.WAIVED) {
            return;
        }
        write(p -> checklists.setStatus(item.id(), to, null, null, ctx),
                moved -> messages.text("credentialing.moved", moved.label(), status(moved.status())));
    }

    public void waive(ChecklistItem item, String reason) {
        if (item == null) {
            return;
        }
        write(p -> checklists.setStatus(item.id(), ItemStatus.WAIVED, reason, null, ctx),
                moved -> messages.text("credentialing.waived", moved.label(), moved.waiverReason()));
    }

    /** Asks for a file and attaches it to the item's credential (or the file); the item becomes received. */
    public void attach(ChecklistItem item) {
        if (item == null) {
            return;
        }
        Optional<Path> chosen = files.chooseDocument();
        if (chosen.isEmpty()) {
            return;
        }
        String providerId = file.get().id();
        DocumentService.Attachment attachment = new DocumentService.Attachment(chosen.get(), item.credentialId(),
                item.label(), null, null);
        tasks.runVisible(messages.text("providers.documents.attachTask"), p -> {
            Document doc = documents.attach(providerId, attachment, ctx);
            ItemStatus next = item.status() == ItemStatus.PENDING || item.status() == ItemStatus.REQUESTED
                    ? ItemStatus.RECEIVED : item.status();
            checklists.setStatus(item.id(), next, item.waiverReason(), doc.id(), ctx);
            return doc;
        }, doc -> {
            documentAdded(doc);
            onDocumentAttached.accept(doc);
            notice.set(messages.text("credentialing.attached", doc.fileName(), item.label()));
            reload();
        }, failure -> notice.set(HumanMessage.of(failure)));
    }

    private <T> void write(TaskRunner.Work<T> work, java.util.function.Function<T, String> said) {
        tasks.run(work, done -> {
            notice.set(said.apply(done));
            reload();
        }, failure -> notice.set(HumanMessage.of(failure)));
    }

    private Optional<String> committeeProblem() {
        try {
            DateText.parse(committee.get());
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of(messages.text("credentialing.notADate", committee.get()));
        }
    }

    String status(ItemStatus s) {
        return messages.text("credentialing.status." + s.name());
    }

    String documentName(String documentId) {
        ProviderFile f = file.get();
        if (documentId == null || f == null) {
            return "";
        }
        return f.documents().stream().filter(d -> d.id().equals(documentId)).map(Document::fileName).findFirst()
                .orElse(messages.text("credentialing.document.attached"));
    }

    /** The file shown with a document attached here (the workspace's copy does not know of it yet). */
    void documentAdded(Document doc) {
        ProviderFile f = file.get();
        if (f != null && f.documents().stream().noneMatch(d -> d.id().equals(doc.id()))) {
            List<Document> all = new java.util.ArrayList<>(f.documents());
            all.add(doc);
            file.set(f.withDocuments(all));
        }
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public ChangeContext changeContext() {
        return ctx;
    }

    public DecisionService decisions() {
        return decisions;
    }

    StartPayer startPayer() {
        return startPayer;
    }

    public Messages messages() {
        return messages;
    }

    /** The workspace section where a blocker is dealt with (the credential's own list for an expiry). */
    public String sectionOf(Blocker b) {
        return BlockerSections.of(b, file.get());
    }

    String newId() {
        return Ids.newId(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public BooleanProperty storedProperty() {
        return stored;
    }

    public ObjectProperty<ProviderFile> fileProperty() {
        return file;
    }

    public ObservableList<ChecklistTemplate> templates() {
        return templates;
    }

    public ObjectProperty<Checklist> checklistProperty() {
        return checklist;
    }

    public ObservableList<Checklist> openChecklists() {
        return openChecklists;
    }

    /** Whether the start form shows although a checklist is open (starting a second one). */
    public BooleanProperty startingAnotherProperty() {
        return startingAnother;
    }

    public ObservableList<ChecklistItem> items() {
        return items;
    }

    public ObservableList<Verification> verifications() {
        return verifications;
    }

    public ObservableList<CredentialingDecision> decisionsMade() {
        return decisionsMade;
    }

    public ObservableList<Blocker> blockers() {
        return blockers;
    }

    public ObservableList<WorkHistoryGap> gaps() {
        return gaps;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<ChecklistTemplate> templateProperty() {
        return template;
    }

    public ObjectProperty<CredentialingProgram> programProperty() {
        return program;
    }

    public StringProperty committeeProperty() {
        return committee;
    }

    public StringProperty committeeErrorProperty() {
        return committeeError;
    }

    public BooleanBinding canStart() {
        return canStart;
    }
}
