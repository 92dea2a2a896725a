package org.creddesk.ui.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.ItemKind;
import org.creddesk.domain.workflow.TemplateItem;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;
import org.creddesk.workflow.ChecklistService;

/**
 * Editing a checklist template (stored as data): its items in order, each with a kind, required or optional, the
 * element a verification item covers and the credential type it is repeated for. Changes apply to checklists
 * started afterwards; saving is logged in the change log like every write.
 */
public final class TemplateEditorViewModel {
    /** The credential types an item can be repeated for; null is one item for the whole file. */
    public static final List<String> CREDENTIAL_TYPES = java.util.Arrays.asList(null, "license", "registration",
            "board", "malpractice");

    private final ChecklistService checklists;
    private final ChangeContext ctx;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<ChecklistTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<ChecklistTemplate> template = new SimpleObjectProperty<>();
    private final ObservableList<TemplateItem> items = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<ItemKind> kind = new SimpleObjectProperty<>(ItemKind.DOCUMENT);
    private final StringProperty label = new SimpleStringProperty("");
    private final BooleanProperty required = new SimpleBooleanProperty(true);
    private final ObjectProperty<VerificationElement> element = new SimpleObjectProperty<>();
    private final ObjectProperty<String> credentialType = new SimpleObjectProperty<>();
    private final StringProperty itemError = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanBinding itemValid;

    public TemplateEditorViewModel(ChecklistService checklists, ChangeContext ctx, TaskRunner tasks, Messages messages) {
        this.checklists = checklists;
        this.ctx = ctx;
        this.tasks = tasks;
        this.messages = messages;
        template.addListener((o, a, b) -> showTemplate(b));
        selected.addListener((o, a, b) -> showItem(b.intValue()));
        itemValid = Bindings.createBooleanBinding(() -> itemProblem().isEmpty(), kind, label, element);
        itemError.bind(Bindings.createStringBinding(this::itemProblem, kind, label, element));
    }

    public void load() {
        load(template.get() == null ? null : template.get().id());
    }

    /** Reads the live templates again and shows the one with id {@code keep} (else the first). */
    public void load(String keep) {
        tasks.run(p -> checklists.templates(), all -> {
            templates.setAll(all);
            template.set(all.stream().filter(t -> t.id().equals(keep)).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0)));
            showTemplate(template.get());
        });
    }

    private void showTemplate(ChecklistTemplate t) {
        items.setAll(t == null ? List.of() : t.items());
        dirty.set(false);
        selected.set(-1);
    }

    private void showItem(int index) {
        if (index < 0 || index >= items.size()) {
            return;
        }
        TemplateItem i = items.get(index);
        kind.set(i.kind());
        label.set(i.label());
        required.set(i.required());
        element.set(i.element());
        credentialType.set(i.credentialType());
    }

    private String itemProblem() {
        if (label.get() == null || label.get().isBlank()) {
            return messages.text("settings.template.labelNeeded");
        }
        if (kind.get() == ItemKind.VERIFICATION && element.get() == null) {
            return messages.text("settings.template.elementNeeded");
        }
        return "";
    }

    private TemplateItem typed() {
        return new TemplateItem(kind.get(), label.get().strip(), required.get(),
                kind.get() == ItemKind.VERIFICATION ? element.get() : null, credentialType.get());
    }

    public void add() {
        if (itemValid.get()) {
            items.add(typed());
            dirty.set(true);
            selected.set(items.size() - 1);
        }
    }

    public void replace() {
        int at = selected.get();
        if (itemValid.get() && at >= 0 && at < items.size()) {
            items.set(at, typed());
            dirty.set(true);
        }
    }

    public void remove() {
        int at = selected.get();
        if (at >= 0 && at < items.size()) {
            items.remove(at);
            dirty.set(true);
            selected.set(Math.min(at, items.size() - 1));
        }
    }

    /** Moves the selected item up (−1) or down (+1). */
    public void move(int by) {
        int at = selected.get();
        int to = at + by;
        if (at < 0 || to < 0 || to >= items.size()) {
            return;
        }
        TemplateItem moving = items.remove(at);
        items.add(to, moving);
        dirty.set(true);
        selected.set(to);
    }

    public void save() {
        ChecklistTemplate t = template.get();
        if (t == null || items.isEmpty()) {
            return;
        }
        ChecklistTemplate changed = new ChecklistTemplate(t.id(), t.code(), t.name(), t.kind(), t.payerId(),
                new ArrayList<>(items));
        tasks.run(p -> {
            checklists.saveTemplate(changed, ctx);
            return changed;
        }, saved -> {
            notice.set(messages.text("settings.template.saved", saved.name(), saved.items().size()));
            load();
        }, failure -> notice.set(HumanMessage.of(failure)));
    }

    public ObservableList<ChecklistTemplate> templates() {
        return templates;
    }

    public ObjectProperty<ChecklistTemplate> templateProperty() {
        return template;
    }

    public ObservableList<TemplateItem> items() {
        return items;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ObjectProperty<ItemKind> kindProperty() {
        return kind;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public BooleanProperty requiredProperty() {
        return required;
    }

    public ObjectProperty<VerificationElement> elementProperty() {
        return element;
    }

    public ObjectProperty<String> credentialTypeProperty() {
        return credentialType;
    }

    public StringProperty itemErrorProperty() {
        return itemError;
    }

    public BooleanBinding itemValid() {
        return itemValid;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty noticeProperty() {
        return notice;
    }
}
