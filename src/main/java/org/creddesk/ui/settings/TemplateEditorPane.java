package org.creddesk.ui.settings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.creddesk.domain.workflow.ItemKind;
import org.creddesk.domain.workflow.TemplateItem;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.FieldMessage;
import org.creddesk.ui.common.Messages;

/** The checklist templates: pick one (or make, rename, retire one), edit its items (add, change, remove, move up/down), save. */
final class TemplateEditorPane extends VBox {
    TemplateEditorPane(TemplateEditorViewModel model, TemplateCatalogViewModel catalog, Messages m) {
        getStyleClass().add("child-list");
        setSpacing(10);
        TableView<TemplateItem> table = new TableView<>(model.items());
        table.setId("templateItems");
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addAll(List.of(
                column(m.text("credentialing.column.item"), TemplateItem::label, 300),
                column(m.text("credentialing.column.kind"), i -> m.text(i.required() ? "credentialing.kindRequired"
                        : "credentialing.kindOptional", m.text("credentialing.kind." + i.kind().name())), 150),
                column(m.text("settings.template.element"), i -> i.element() == null ? ""
                        : m.text("credentialing.element." + i.element().name()), 150),
                column(m.text("settings.template.credentialType"), i -> credentialType(m, i.credentialType()), 130)));
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> model.selectedProperty().set(
                b.intValue()));
        model.selectedProperty().addListener((o, a, b) -> table.getSelectionModel().select(b.intValue()));
        ComboBox<ItemKind> kind = new ComboBox<>();
        kind.getItems().setAll(ItemKind.values());
        kind.setId("templateItemKind");
        kind.setConverter(ChoiceText.of(k -> m.text("credentialing.kind." + k.name()), ""));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField label = new TextField();
        label.setId("templateItemLabel");
        label.textProperty().bindBidirectional(model.labelProperty());
        CheckBox required = new CheckBox(m.text("settings.template.required"));
        required.setId("templateItemRequired");
        required.selectedProperty().bindBidirectional(model.requiredProperty());
        ComboBox<VerificationElement> element = new ComboBox<>();
        element.getItems().add(null);
        element.getItems().addAll(VerificationElement.values());
        element.setId("templateItemElement");
        element.setConverter(ChoiceText.of(e -> m.text("credentialing.element." + e.name()), "\u2014"));
        element.valueProperty().bindBidirectional(model.elementProperty());
        element.disableProperty().bind(model.kindProperty().isNotEqualTo(ItemKind.VERIFICATION));
        ComboBox<String> credential = new ComboBox<>();
        credential.getItems().setAll(TemplateEditorViewModel.CREDENTIAL_TYPES);
        credential.setId("templateItemCredential");
        credential.setConverter(ChoiceText.of(t -> credentialType(m, t), credentialType(m, null)));
        credential.valueProperty().bindBidirectional(model.credentialTypeProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(m.text("credentialing.column.kind")), kind, required);
        form.addRow(1, new Label(m.text("credentialing.column.item")), label, FieldMessage.beside(label,
                model.itemErrorProperty()));
        form.addRow(2, new Label(m.text("settings.template.element")), element);
        form.addRow(3, new Label(m.text("settings.template.credentialType")), credential);
        var noneSelected = Bindings.lessThan(model.selectedProperty(), 0);
        HBox buttons = new HBox(8,
                button(m.text("settings.template.add"), "templateItemAdd", model.itemValid().not(), model::add),
                button(m.text("settings.template.replace"), "templateItemReplace",
                        noneSelected.or(model.itemValid().not()), model::replace),
                button(m.text("settings.template.remove"), "templateItemRemove", noneSelected, model::remove),
                button(m.text("settings.template.up"), "templateItemUp", noneSelected, () -> model.move(-1)),
                button(m.text("settings.template.down"), "templateItemDown", noneSelected, () -> model.move(1)));
        Button save = button(m.text("settings.template.save"), "saveTemplate", model.dirtyProperty().not(),
                model::save);
        save.getStyleClass().add("primary");
        Label notice = new Label();
        notice.setId("templateNotice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        Label title = new Label(m.text("settings.template.title"));
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, new TemplateCatalogPane(catalog, model, m), table, form, buttons, save, notice);
    }

    private static String credentialType(Messages m, String type) {
        return m.text(type == null ? "settings.template.credentialType.none" : "settings.template.credentialType."
                + type);
    }

    private static Button button(String text, String id, javafx.beans.value.ObservableValue<Boolean> disabled,
                                 Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(disabled);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<TemplateItem, String> column(String title,
                                                            java.util.function.Function<TemplateItem, String> value,
                                                            double width) {
        TableColumn<TemplateItem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
