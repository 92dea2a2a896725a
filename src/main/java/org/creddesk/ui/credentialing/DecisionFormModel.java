package org.creddesk.ui.credentialing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DecisionMaker;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.domain.workflow.VerificationMethod;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.workflow.DecisionService;

/**
 * The two forms of the verification section: a primary-source verification (element, credential, source, method,
 * date, verifier, evidence document, value seen) and the credentialing decision. A refused decision lists each
 * missing or stale verification and why, as the service says it.
 */
public final class DecisionFormModel {
    private final CredentialingViewModel file;
    private final Messages messages;
    private final ObjectProperty<VerificationElement> element = new SimpleObjectProperty<>();
    private final ObservableList<CredentialOption> credentials = FXCollections.observableArrayList();
    private final ObjectProperty<CredentialOption> credential = new SimpleObjectProperty<>();
    private final StringProperty source = new SimpleStringProperty("");
    private final ObjectProperty<VerificationMethod> method = new SimpleObjectProperty<>(VerificationMethod.WEB);
    private final StringProperty verifiedOn = new SimpleStringProperty("");
    private final StringProperty verifiedOnError = new SimpleStringProperty("");
    private final StringProperty verifier;
    private final ObservableList<Document> evidenceChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Document> evidence = new SimpleObjectProperty<>();
    private final StringProperty valueSeen = new SimpleStringProperty("");
    private final BooleanBinding canRecord;
    private final ObjectProperty<DecisionOutcome> outcome = new SimpleObjectProperty<>(DecisionOutcome.APPROVE);
    private final ObjectProperty<DecisionMaker> maker = new SimpleObjectProperty<>(DecisionMaker.COMMITTEE);
    private final StringProperty decidedOn = new SimpleStringProperty("");
    private final StringProperty decidedOnError = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<String> refusal = FXCollections.observableArrayList();
    private final StringProperty decisionNotice = new SimpleStringProperty("");
    private final BooleanBinding canDecide;
    private final StringProperty committee = new SimpleStringProperty("");
    private final StringProperty committeeError = new SimpleStringProperty("");

    public DecisionFormModel(CredentialingViewModel file) {
        this.file = file;
        this.messages = file.messages();
        this.verifier = new SimpleStringProperty(file.changeContext().actor());
        verifiedOn.set(DateText.format(file.today()));
        decidedOn.set(DateText.format(file.today()));
        element.addListener((o, a, b) -> fillCredentials());
        file.fileProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !a.id().equals(b.id())) {
                refusal.clear(); // another provider: the last one's refusal is not this one's
                decisionNotice.set("");
            }
            fillCredentials();
            fillEvidence();
        });
        verifiedOn.addListener((o, a, b) -> verifiedOnError.set(dateProblem(b, true).orElse("")));
        file.checklistProperty().addListener((o, a, b) -> committee.set(b == null ? ""
                : DateText.format(b.plannedCommittee())));
        committee.addListener((o, a, b) -> committeeError.set(committeeProblem(b)));
        decidedOn.addListener((o, a, b) -> decidedOnError.set(dateProblem(b, true).orElse("")));
        canRecord = Bindings.createBooleanBinding(() -> file.storedProperty().get() && element.get() != null
                        && method.get() != null && !source.get().isBlank() && !verifier.get().isBlank()
                        && verifiedOnError.get().isEmpty(),
                file.storedProperty(), element, method, source, verifier, verifiedOnError);
        canDecide = Bindings.createBooleanBinding(() -> file.storedProperty().get() && outcome.get() != null
                && maker.get() != null && decidedOnError.get().isEmpty(), file.storedProperty(), outcome, maker,
                decidedOnError);
    }

    private void fillCredentials() {
        ProviderFile f = file.fileProperty().get();
        credentials.setAll(f == null ? List.of() : CredentialLabels.forElement(f, element.get(), messages));
        credential.set(credentials.size() == 2 ? credentials.get(1) : credentials.isEmpty() ? null : credentials.get(0));
    }

    private void fillEvidence() {
        ProviderFile f = file.fileProperty().get();
        List<Document> docs = new ArrayList<>();
        docs.add(null);
        if (f != null) {
            docs.addAll(f.documents());
        }
        Document keep = evidence.get();
        evidenceChoices.setAll(docs);
        evidence.set(docs.contains(keep) ? keep : null);
    }

    /** Prepares the form for one element (e.g. from a checklist item): the credential too, when there is one. */
    public void prepare(VerificationElement forElement, String credentialId) {
        element.set(forElement);
        credentials.stream().filter(c -> credentialId != null && credentialId.equals(c.id())).findFirst()
                .ifPresent(credential::set);
    }

    public void record() {
        if (!canRecord.get()) {
            return;
        }
        ProviderFile f = file.fileProperty().get();
        Verification v = new Verification(file.newId(), f.id(), element.get(),
                credential.get() == null ? null : credential.get().id(), source.get().strip(), method.get(),
                DateText.parse(verifiedOn.get()).orElse(file.today()), verifier.get().strip(),
                evidence.get() == null ? null : evidence.get().id(), blankToNull(valueSeen.get()));
        DecisionService decisions = file.decisions();
        file.tasks().run(p -> decisions.recordVerification(v, file.changeContext()), done -> {
            file.noticeProperty().set(messages.text("credentialing.verification.recorded",
                    element(done.element()), DateText.format(done.verifiedOn())));
            source.set("");
            valueSeen.set("");
            evidence.set(null);
            file.reload();
        }, failure -> file.noticeProperty().set(HumanMessage.of(failure)));
    }

    /** Records the decision, or shows why it is refused (each missing or stale verification). */
    public void decide() {
        if (!canDecide.get()) {
            return;
        }
        String providerId = file.fileProperty().get().id();
        DecisionOutcome o = outcome.get();
        DecisionMaker by = maker.get();
        LocalDate on = DateText.parse(decidedOn.get()).orElse(file.today());
        String text = blankToNull(note.get());
        CredentialingProgram program = file.programProperty().get();
        DecisionService decisions = file.decisions();
        file.tasks().run(p -> decisions.decide(providerId, o, by, on, program, text,
                file.changeContext()), result -> {
                    if (result.recorded()) {
                        refusal.clear();
                        decisionNotice.set(messages.text("credentialing.decision.recorded", outcome(o),
                                DateText.format(on)));
                        note.set("");
                        file.reload();
                    } else {
                        refusal.setAll(result.reasons());
                        decisionNotice.set(messages.text("credentialing.decision.refused", outcome(o),
                                result.reasons().size()));
                    }
                }, failure -> decisionNotice.set(HumanMessage.of(failure)));
    }

    /** Moves the open checklist's committee date (a later date may make a stale verification count again). */
    public void planCommittee() {
        if (committeeError.get().isEmpty() && !committee.get().isBlank()) {
            file.planCommittee(DateText.parse(committee.get()).orElseThrow(), decisionNotice::set);
        }
    }

    private String committeeProblem(String text) {
        try {
            return DateText.parse(text).filter(d -> d.isBefore(file.today()))
                    .map(d -> messages.text("credentialing.committee.past", DateText.format(file.today())))
                    .orElse("");
        } catch (DateTimeException e) {
            return messages.text("credentialing.notADate", text);
        }
    }

    public StringProperty committeeProperty() {
        return committee;
    }

    public StringProperty committeeErrorProperty() {
        return committeeError;
    }

    private Optional<String> dateProblem(String text, boolean required) {
        try {
            Optional<LocalDate> d = DateText.parse(text);
            if (d.isEmpty()) {
                return required ? Optional.of(messages.text("credentialing.dateRequired")) : Optional.empty();
            }
            return d.get().isAfter(file.today())
                    ? Optional.of(messages.text("credentialing.notInFuture", DateText.format(file.today())))
                    : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of(messages.text("credentialing.notADate", text));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    String element(VerificationElement e) {
        return messages.text("credentialing.element." + e.name());
    }

    String outcome(DecisionOutcome o) {
        return messages.text("credentialing.outcome." + o.name());
    }

    public ObjectProperty<VerificationElement> elementProperty() {
        return element;
    }

    public ObservableList<CredentialOption> credentials() {
        return credentials;
    }

    public ObjectProperty<CredentialOption> credentialProperty() {
        return credential;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<VerificationMethod> methodProperty() {
        return method;
    }

    public StringProperty verifiedOnProperty() {
        return verifiedOn;
    }

    public StringProperty verifiedOnErrorProperty() {
        return verifiedOnError;
    }

    public StringProperty verifierProperty() {
        return verifier;
    }

    public ObservableList<Document> evidenceChoices() {
        return evidenceChoices;
    }

    public ObjectProperty<Document> evidenceProperty() {
        return evidence;
    }

    public StringProperty valueSeenProperty() {
        return valueSeen;
    }

    public BooleanBinding canRecord() {
        return canRecord;
    }

    public ObjectProperty<DecisionOutcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<DecisionMaker> makerProperty() {
        return maker;
    }

    public StringProperty decidedOnProperty() {
        return decidedOn;
    }

    public StringProperty decidedOnErrorProperty() {
        return decidedOnError;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<String> refusal() {
        return refusal;
    }

    public StringProperty decisionNoticeProperty() {
        return decisionNotice;
    }

    public BooleanBinding canDecide() {
        return canDecide;
    }
}
