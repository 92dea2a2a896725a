package org.creddesk.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.Messages;

/** Choosing the template to edit, making a new one, renaming, retiring (after a confirmation) and restoring. */
final class TemplateCatalogPane extends VBox {
    TemplateCatalogPane(TemplateCatalogViewModel model, TemplateEditorViewModel editor, Messages m) {
        setSpacing(8);
        ComboBox<ChecklistTemplate> template = templates("templateChoice", editor.templates(), "");
        template.valueProperty().bindBidirectional(editor.templateProperty());
        template.setPrefWidth(300);
        Label about = new Label();
        about.setId("templateAbout");
        about.getStyleClass().add("hint");
        about.textProperty().bind(Bindings.createStringBinding(() -> model.about(editor.templateProperty().get()),
                editor.templateProperty(), model.payers()));
        Button newButton = button(m.text("settings.template.new"), "newTemplate", model.creatingProperty(),
                model::startNew);
        Button retire = button(m.text("settings.template.retire"), "retireTemplate",
                editor.templateProperty().isNull().or(model.confirmingRetireProperty()), model::askRetire);
        TextField rename = new TextField();
        rename.setId("templateName");
        rename.textProperty().bindBidirectional(model.renameProperty());
        rename.setOnAction(e -> model.rename());
        rename.setPrefColumnCount(26);
        Button renameButton = button(m.text("settings.template.rename"), "renameTemplate",
                model.canRename().not(), model::rename);
        Label nameLabel = new Label(m.text("settings.template.name"));
        nameLabel.setLabelFor(rename);
        Label notice = new Label();
        notice.setId("templateCatalogNotice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        getChildren().addAll(new HBox(8, template, newButton, retire), about,
                new HBox(8, nameLabel, rename, renameButton), shownWhen(notice, Bindings.isNotEmpty(
                        model.noticeProperty())), confirmRetire(model, editor, m), new NewTemplateForm(model, editor, m),
                restoreRow(model, m));
    }

    private static Node confirmRetire(TemplateCatalogViewModel model, TemplateEditorViewModel editor, Messages m) {
        Label question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(Bindings.createStringBinding(() -> editor.templateProperty().get() == null ? ""
                : m.text("settings.template.retireConfirm", editor.templateProperty().get().name()),
                editor.templateProperty()));
        Button yes = button(m.text("settings.template.retireYes"), "confirmRetire", null, model::retire);
        Button no = button(m.text("settings.template.cancel"), "cancelRetire", null,
                () -> model.confirmingRetireProperty().set(false));
        VBox box = shownWhen(new VBox(6, question, new HBox(8, yes, no)), model.confirmingRetireProperty());
        box.getStyleClass().add("notice");
        model.confirmingRetireProperty().addListener((o, a, b) -> {
            if (b) {
                no.requestFocus(); // the safe choice has the focus; Tab reaches "Retire"
            }
        });
        return box;
    }

    private static Node restoreRow(TemplateCatalogViewModel model, Messages m) {
        ComboBox<ChecklistTemplate> retired = templates("retiredTemplates", model.retired(), "");
        retired.valueProperty().bindBidirectional(model.toRestoreProperty());
        Button restore = button(m.text("settings.template.restore"), "restoreTemplate",
                model.toRestoreProperty().isNull(), model::restore);
        Label label = label(m.text("settings.template.retiredHeading"), retired);
        return shownWhen(new HBox(8, label, retired, restore), Bindings.isNotEmpty(model.retired()));
    }

    static ComboBox<ChecklistTemplate> templates(String id,
                                                         javafx.collections.ObservableList<ChecklistTemplate> items,
                                                         String none) {
        ComboBox<ChecklistTemplate> box = new ComboBox<>();
        if (none.isEmpty()) {
            box.setItems(items);
        } else {
            box.getItems().add(null);
            items.addListener((javafx.collections.ListChangeListener<ChecklistTemplate>) c -> {
                box.getItems().setAll(items);
                box.getItems().add(0, null);
            });
            box.getItems().addAll(items);
        }
        box.setId(id);
        box.setConverter(ChoiceText.of(ChecklistTemplate::name, none));
        return box;
    }

    static <T extends Node> T shownWhen(T node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
        return node;
    }

    static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    static Button button(String text, String id, ObservableValue<Boolean> disabled, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}
