package org.creddesk.ui.packet;

import org.creddesk.files.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.packet.FieldTemplate;
import org.creddesk.domain.packet.FormField;
import org.creddesk.domain.packet.FormMapping;
import org.creddesk.domain.packet.MappingDiff;
import org.creddesk.domain.packet.StoredForm;
import org.creddesk.packet.PayerForms;
import org.creddesk.ui.common.DesktopFiles;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TaskRunner;

/**
 * The form mapping editor: import a payer's fillable PDF under a name, type a template for each field (checked
 * as you type), save it as a new mapping version. Importing a new version of a form lists the mapped fields that
 * vanished and the fields that appeared, and carries the rest of the mapping over.
 */
public final class FormMappingViewModel {
    private final PayerForms forms;
    private final ChangeContext changeContext;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DesktopFiles files;
    private final ObservableList<StoredForm> storedForms = FXCollections.observableArrayList();
    private final ObjectProperty<StoredForm> form = new SimpleObjectProperty<>();
    private final StringProperty formName = new SimpleStringProperty("");
    private final ObservableList<MappingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");

    public FormMappingViewModel(PayerForms forms, ChangeContext changeContext, TaskRunner tasks, Messages messages,
                                DesktopFiles files) {
        this.forms = forms;
        this.changeContext = changeContext;
        this.tasks = tasks;
        this.messages = messages;
        this.files = files;
    }

    public void refresh() {
        tasks.run(p -> forms.forms(), storedForms::setAll);
    }

    /** Shows a stored form's fields with its newest mapping. */
    public void open(StoredForm f) {
        changes.clear();
        load(f, null);
    }

    private void load(StoredForm f, Map<String, String> carried) {
        form.set(f);
        if (f == null) {
            rows.clear();
            return;
        }
        formName.set(f.name());
        tasks.run(p -> new Loaded(forms.fields(f), carried != null ? carried
                : forms.mapping(f).map(FormMapping::fields).orElse(Map.of())), loaded -> {
                    rows.setAll(loaded.fields().stream().map(field -> row(field, loaded.mapping().get(field.name()))).toList());
                });
    }

    private record Loaded(List<FormField> fields, Map<String, String> mapping) {
    }

    private MappingRow row(FormField field, String template) {
        MappingRow row = new MappingRow(field, template);
        row.templateProperty().addListener((o, a, b) -> validate(row));
        validate(row);
        return row;
    }

    private void validate(MappingRow row) {
        String t = row.templateProperty().get();
        if (t == null || t.isBlank()) {
            row.problemProperty().set("");
            return;
        }
        try {
            List<String> unknown = FieldTemplate.parse(t).unknownPaths();
            row.problemProperty().set(unknown.isEmpty() ? "" : String.join("; ", unknown));
        } catch (FieldTemplate.TemplateException e) {
            row.problemProperty().set(e.getMessage());
        }
    }

    /** Asks for a PDF form and imports it under the name typed; a known name makes it a new version of that form. */
    public void importForm() {
        String name = formName.get() == null ? "" : formName.get().strip();
        if (name.isEmpty()) {
            notice.set(messages.text("packet.forms.nameFirst"));
            return;
        }
        files.chooseDocument().ifPresent(file -> importForm(name, file));
    }

    private void importForm(String name, Path file) {
        tasks.runVisible(messages.text("packet.forms.importTask"), p -> forms.importForm(name,
                file.getFileName().toString(), InputFiles.readAllBytes(file), changeContext), imported -> {
                    changes.setAll(describe(imported.changes().orElse(null)));
                    notice.set(messages.text("packet.forms.imported", imported.description().fields().size()));
                    refresh();
                    load(imported.form(), imported.previousMapping().map(FormMapping::fields).orElse(null));
                });
    }

    private List<String> describe(MappingDiff diff) {
        if (diff == null) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        diff.vanished().forEach(f -> lines.add(messages.text("packet.forms.vanished", f)));
        diff.appeared().forEach(f -> lines.add(messages.text("packet.forms.appeared", f)));
        return lines;
    }

    public boolean hasProblems() {
        return rows.stream().anyMatch(r -> !r.problemProperty().get().isEmpty());
    }

    /** Saves the non-empty templates as the form's next mapping version. */
    public void save() {
        StoredForm f = form.get();
        if (f == null) {
            return;
        }
        if (hasProblems()) {
            notice.set(messages.text("packet.forms.fixFirst"));
            return;
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.templateProperty().get().isBlank())
                .forEach(r -> mapping.put(r.field().name(), r.templateProperty().get().strip()));
        tasks.run(p -> forms.saveMapping(f, mapping, changeContext),
                saved -> notice.set(messages.text("packet.forms.saved", saved.version(), saved.fields().size())));
    }

    public ObservableList<StoredForm> storedForms() {
        return storedForms;
    }

    public ObjectProperty<StoredForm> formProperty() {
        return form;
    }

    public StringProperty formNameProperty() {
        return formName;
    }

    public ObservableList<MappingRow> rows() {
        return rows;
    }

    public ObservableList<String> changes() {
        return changes;
    }

    public StringProperty noticeProperty() {
        return notice;
    }
}
