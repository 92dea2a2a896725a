package org.creddesk.ui.settings;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.WorkflowKind;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.ChecklistTemplateService;

/**
 * The catalogue around the item editor: a new template (name, what it is for, the payer for a payer's own enrollment
 * template, the template to copy), renaming the shown one, retiring it after a confirmation, restoring a retired
 * one. The store's rules are checked again by {@link ChecklistTemplateService}; its sentence shows as the notice.
 */
public final class TemplateCatalogViewModel {
    private final ChecklistTemplateService catalogue;
    private final TemplateEditorViewModel editor;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<Payer> payers = FXCollections.observableArrayList();
    private final ObservableList<ChecklistTemplate> retired = FXCollections.observableArrayList();
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<WorkflowKind> newKind = new SimpleObjectProperty<>(WorkflowKind.PAYER_ENROLLMENT);
    private final ObjectProperty<Payer> newPayer = new SimpleObjectProperty<>();
    private final ObjectProperty<ChecklistTemplate> copyFrom = new SimpleObjectProperty<>();
    private final StringProperty rename = new SimpleStringProperty("");
    private final BooleanProperty confirmingRetire = new SimpleBooleanProperty(false);
    private final ObjectProperty<ChecklistTemplate> toRestore = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringBinding newError;
    private final BooleanBinding payerApplies;
    private final BooleanBinding canRename;

    public TemplateCatalogViewModel(ChecklistTemplateService catalogue, TemplateEditorViewModel editor,
                                    ChangeContext ctx, TaskRunner tasks, Messages messages) {
        this.catalogue = catalogue;
        this.editor = editor;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        payerApplies = newKind.isEqualTo(WorkflowKind.PAYER_ENROLLMENT);
        newKind.addListener((o, a, b) -> {
            if (b != WorkflowKind.PAYER_ENROLLMENT) {
                newPayer.set(null);
            }
        });
        newError = Bindings.createStringBinding(this::newProblem, newName, newKind, newPayer, editor.templates());
        // One notice at a time: the editor's (items saved) or this one's (template made, renamed, retired...).
        editor.noticeProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                notice.set("");
            }
        });
        notice.addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                editor.noticeProperty().set("");
            }
        });
        editor.templateProperty().addListener((o, a, b) -> {
            rename.set(b == null ? "" : b.name());
            confirmingRetire.set(false);
        });
        canRename = Bindings.createBooleanBinding(() -> editor.templateProperty().get() != null
                && !rename.get().isBlank() && !rename.get().strip().equals(editor.templateProperty().get().name()),
                rename, editor.templateProperty());
    }

    /** Reads the payers and the retired templates (the live ones are the editor's). */
    public void load() {
        tasks.run(p -> new Loaded(catalogue.payers(), catalogue.retired()), loaded -> {
            payers.setAll(loaded.payers());
            retired.setAll(loaded.retired());
            toRestore.set(loaded.retired().isEmpty() ? null : loaded.retired().get(0));
        });
    }

    private record Loaded(List<Payer> payers, List<ChecklistTemplate> retired) {
    }

    private String newProblem() {
        String name = newName.get() == null ? "" : newName.get().strip();
        if (name.isEmpty()) {
            return messages.text("settings.template.nameNeeded");
        }
        String payerId = newPayer.get() == null ? null : newPayer.get().id();
        boolean taken = editor.templates().stream().anyMatch(t -> t.kind() == newKind.get()
                && Objects.equals(t.payerId(), payerId) && t.name().equalsIgnoreCase(name));
        return taken ? messages.text("settings.template.nameTaken") : "";
    }

    /** Opens the new-template form, suggesting a copy of the template shown. */
    public void startNew() {
        newName.set("");
        ChecklistTemplate shown = editor.templateProperty().get();
        newKind.set(shown == null ? WorkflowKind.PAYER_ENROLLMENT : shown.kind());
        newPayer.set(null);
        copyFrom.set(shown);
        creating.set(true);
    }

    public void cancelNew() {
        creating.set(false);
    }

    public void create() {
        if (!newError.get().isEmpty()) {
            return;
        }
        var wanted = new ChecklistTemplateService.NewTemplate(newName.get().strip(), newKind.get(),
                newPayer.get() == null ? null : newPayer.get().id(), copyFrom.get() == null ? null : copyFrom.get().id());
        tasks.run(p -> catalogue.create(wanted, ctx), made -> {
            creating.set(false);
            notice.set(messages.text("settings.template.created", made.name(), made.items().size()));
            editor.load(made.id());
        }, this::failed);
    }

    public void rename() {
        ChecklistTemplate t = editor.templateProperty().get();
        if (!canRename.get()) {
            return;
        }
        String name = rename.get().strip();
        tasks.run(p -> catalogue.rename(t.id(), name, ctx), renamed -> {
            notice.set(messages.text("settings.template.renamed", renamed.name()));
            editor.load(renamed.id());
        }, this::failed);
    }

    /** Asks first: the view shows the confirmation while this is set. */
    public void askRetire() {
        confirmingRetire.set(editor.templateProperty().get() != null);
    }

    public void retire() {
        ChecklistTemplate t = editor.templateProperty().get();
        confirmingRetire.set(false);
        if (t == null) {
            return;
        }
        tasks.run(p -> catalogue.retire(t.id(), ctx), gone -> {
            notice.set(messages.text("settings.template.retired", gone.name()));
            editor.load(null);
            load();
        }, this::failed);
    }

    public void restore() {
        ChecklistTemplate t = toRestore.get();
        if (t == null) {
            return;
        }
        tasks.run(p -> catalogue.restore(t.id(), ctx), back -> {
            notice.set(messages.text("settings.template.restored", back.name()));
            editor.load(back.id());
            load();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        notice.set(HumanMessage.of(failure));
    }

    /** What the shown template is for ("Payer enrollment for Acme Health"), with its code. */
    public String about(ChecklistTemplate t) {
        if (t == null) {
            return "";
        }
        String kind = messages.text("settings.template.kind." + t.kind().name());
        String payer = payers.stream().filter(p -> p.id().equals(t.payerId())).map(Payer::name).findFirst()
                .orElse(null);
        return payer == null ? messages.text("settings.template.about", kind, t.code())
                : messages.text("settings.template.aboutPayer", kind, payer, t.code());
    }

    /** What the last create, rename, retire or restore did, or why it was refused. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ObservableList<Payer> payers() {
        return payers;
    }

    public ObservableList<ChecklistTemplate> retired() {
        return retired;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<WorkflowKind> newKindProperty() {
        return newKind;
    }

    public ObjectProperty<Payer> newPayerProperty() {
        return newPayer;
    }

    public ObjectProperty<ChecklistTemplate> copyFromProperty() {
        return copyFrom;
    }

    public StringBinding newErrorProperty() {
        return newError;
    }

    public BooleanBinding payerApplies() {
        return payerApplies;
    }

    public StringProperty renameProperty() {
        return rename;
    }

    public BooleanBinding canRename() {
        return canRename;
    }

    public BooleanProperty confirmingRetireProperty() {
        return confirmingRetire;
    }

    public ObjectProperty<ChecklistTemplate> toRestoreProperty() {
        return toRestore;
    }
}
