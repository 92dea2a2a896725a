package org.creddesk.ui.providers;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
import org.creddesk.provider.DocumentService;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.DesktopFiles;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/** The documents of one provider: attach (to the file or one credential), open and export, all off the FX thread. */
public final class DocumentsViewModel {
    private final DocumentService service;
    private final ChangeContext changeContext;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DesktopFiles files;
    private final ObservableList<Document> items = FXCollections.observableArrayList();
    private final ObservableList<CredentialChoice> credentials = FXCollections.observableArrayList();
    private final ObjectProperty<CredentialChoice> credential = new SimpleObjectProperty<>();
    private final StringProperty type = new SimpleStringProperty("");
    private final StringProperty issued = new SimpleStringProperty("");
    private final StringProperty expires = new SimpleStringProperty("");
    private final StringProperty datesError = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty stored = new SimpleBooleanProperty(false);
    private String providerId;
    private Consumer<Document> onAttached = d -> { };

    public DocumentsViewModel(DocumentService service, ChangeContext changeContext, TaskRunner tasks,
                              Messages messages, DesktopFiles files) {
        this.service = service;
        this.changeContext = changeContext;
        this.tasks = tasks;
        this.messages = messages;
        this.files = files;
        issued.addListener((o, a, b) -> checkDates());
        expires.addListener((o, a, b) -> checkDates());
    }

    void setOnAttached(Consumer<Document> onAttached) {
        this.onAttached = onAttached;
    }

    /** Shows a file's documents; attaching needs the provider saved first (the document hangs off the stored file). */
    public void show(ProviderFile file, boolean isStored) {
        providerId = file.id();
        stored.set(isStored);
        items.setAll(file.documents());
        List<CredentialChoice> choices = new ArrayList<>();
        choices.add(new CredentialChoice(null, messages.text("providers.documents.wholeFile")));
        file.licenses().forEach(l -> choices.add(new CredentialChoice(l.id(),
                messages.text("providers.documents.license", l.state(), l.number()))));
        file.registrations().forEach(r -> choices.add(new CredentialChoice(r.id(),
                messages.text("providers.documents.registration", r.kind(), r.number()))));
        file.boardCertifications().forEach(b -> choices.add(new CredentialChoice(b.id(),
                messages.text("providers.documents.board", b.board()))));
        file.malpracticePolicies().forEach(m -> choices.add(new CredentialChoice(m.id(),
                messages.text("providers.documents.malpractice", m.carrier(), m.policyNumber()))));
        credentials.setAll(choices);
        credential.set(choices.get(0));
        notice.set("");
    }

    private void checkDates() {
        try {
            LocalDate from = DateText.parse(issued.get()).orElse(null);
            LocalDate to = DateText.parse(expires.get()).orElse(null);
            datesError.set(from != null && to != null && !to.isAfter(from)
                    ? messages.text("validation.dates.order") : "");
        } catch (DateTimeException e) {
            datesError.set(messages.text(RecordFields.KEY_DATE));
        }
    }

    public BooleanBinding canAttach() {
        return stored.and(datesError.isEmpty()).and(Bindings.createBooleanBinding(
                () -> !type.get().isBlank(), type));
    }

    /** Asks for a file, then stores it in the blob store and records it on the provider. */
    public void attach() {
        if (!canAttach().get()) {
            notice.set(messages.text(stored.get() ? "providers.documents.fillIn" : "providers.documents.saveFirst"));
            return;
        }
        files.chooseDocument().ifPresent(this::attach);
    }

    private void attach(Path file) {
        DocumentService.Attachment attachment = new DocumentService.Attachment(file,
                credential.get() == null ? null : credential.get().id(), type.get().strip(),
                DateText.parse(issued.get()).orElse(null), DateText.parse(expires.get()).orElse(null));
        String id = providerId;
        tasks.runVisible(messages.text("providers.documents.attachTask"),
                p -> service.attach(id, attachment, changeContext), doc -> {
                    items.add(doc);
                    type.set("");
                    issued.set("");
                    expires.set("");
                    notice.set(messages.text("providers.documents.attached", doc.fileName()));
                    onAttached.accept(doc);
                });
    }

    /** A document attached elsewhere (a checklist item) joins the list, so saving the file keeps it. */
    public void attached(Document doc) {
        if (items.stream().noneMatch(d -> d.id().equals(doc.id()))) {
            items.add(doc);
            onAttached.accept(doc);
        }
    }

    public void open(Document doc) {
        tasks.run(p -> {
            Path copy = service.openableCopy(doc);
            return files.open(copy) ? "" : copy.toString();
        }, unopened -> notice.set(unopened.isEmpty() ? ""
                : messages.text("providers.documents.cannotOpen", unopened)));
    }

    public void export(Document doc) {
        files.chooseSaveTarget(doc.fileName()).ifPresent(target -> tasks.run(p -> {
            service.export(doc, target);
            return target;
        }, t -> notice.set(messages.text("providers.documents.exported", t.getFileName()))));
    }

    public ObservableList<Document> items() {
        return items;
    }

    public ObservableList<CredentialChoice> credentials() {
        return credentials;
    }

    public ObjectProperty<CredentialChoice> credentialProperty() {
        return credential;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty issuedProperty() {
        return issued;
    }

    public StringProperty expiresProperty() {
        return expires;
    }

    public StringProperty datesErrorProperty() {
        return datesError;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty storedProperty() {
        return stored;
    }

    /** The label of the credential a document is attached to, for the table. */
    public String credentialLabel(String credentialId) {
        return credentials.stream().filter(c -> credentialId == null ? c.id() == null : credentialId.equals(c.id()))
                .map(CredentialChoice::label).findFirst().orElse("");
    }
}
