package org.creddesk.ui.settings;

import static org.creddesk.ui.settings.TemplateCatalogPane.button;
import static org.creddesk.ui.settings.TemplateCatalogPane.label;
import static org.creddesk.ui.settings.TemplateCatalogPane.shownWhen;
import static org.creddesk.ui.settings.TemplateCatalogPane.templates;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.WorkflowKind;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.FieldMessage;
import org.creddesk.ui.common.Messages;

/** The new-template form: name (Enter creates), what it is for, the payer for payer enrollment, what to copy. */
final class NewTemplateForm extends VBox {
    NewTemplateForm(TemplateCatalogViewModel model, TemplateEditorViewModel editor, Messages m) {
        setSpacing(8);
        TextField name = new TextField();
        name.setId("newTemplateName");
        name.textProperty().bindBidirectional(model.newNameProperty());
        ComboBox<WorkflowKind> kind = new ComboBox<>();
        kind.getItems().setAll(WorkflowKind.values());
        kind.setId("newTemplateKind");
        kind.setConverter(ChoiceText.of(k -> m.text("settings.template.kind." + k.name()), ""));
        kind.valueProperty().bindBidirectional(model.newKindProperty());
        ComboBox<Payer> payer = new ComboBox<>();
        Bindings.bindContent(payer.getItems(), model.payers());
        payer.setId("newTemplatePayer");
        payer.setConverter(ChoiceText.of(Payer::name, m.text("settings.template.payer.none")));
        payer.valueProperty().bindBidirectional(model.newPayerProperty());
        payer.disableProperty().bind(model.payerApplies().not());
        ComboBox<ChecklistTemplate> copy = templates("newTemplateCopyFrom", editor.templates(),
                m.text("settings.template.copyFrom.empty"));
        copy.valueProperty().bindBidirectional(model.copyFromProperty());
        Button create = button(m.text("settings.template.create"), "createTemplate",
                Bindings.isNotEmpty(model.newErrorProperty()), model::create);
        create.getStyleClass().add("primary");
        name.setOnAction(e -> model.create());
        Button cancel = button(m.text("settings.template.cancel"), "cancelNewTemplate", null, model::cancelNew);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label(m.text("settings.template.name"), name), name, FieldMessage.beside(name,
                model.newErrorProperty()));
        grid.addRow(1, label(m.text("settings.template.kind"), kind), kind);
        grid.addRow(2, label(m.text("settings.template.payer"), payer), payer);
        grid.addRow(3, label(m.text("settings.template.copyFrom"), copy), copy);
        Label heading = new Label(m.text("settings.template.newHeading"));
        heading.getStyleClass().add("subsection-title");
        getChildren().addAll(heading, grid, new HBox(8, create, cancel));
        shownWhen(this, model.creatingProperty());
        model.creatingProperty().addListener((o, a, b) -> {
            if (b) {
                name.requestFocus();
            }
        });
    }
}
