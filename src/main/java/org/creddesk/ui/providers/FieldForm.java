package org.creddesk.ui.providers;

import org.creddesk.ui.common.DialogStyle;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.creddesk.ui.common.FieldMessage;
import org.creddesk.ui.common.Messages;

/**
 * Lays out a form for some fields of a {@link FormModel}: label, input, an optional ⓘ button that says where
 * the value came from, and the validation reason beside the input.
 */
public final class FieldForm {
    private FieldForm() {
    }

    /** {@code provenance} gives the info text for a field, or null for forms without one (new rows). */
    public static GridPane build(FormModel<?> model, List<String> fields, Messages messages,
                                 BiFunction<String, String, String> provenance) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("field-form");
        ColumnConstraints label = new ColumnConstraints(170);
        ColumnConstraints input = new ColumnConstraints(180, 280, 360);
        ColumnConstraints info = new ColumnConstraints(28);
        ColumnConstraints error = new ColumnConstraints(120, 260, Double.MAX_VALUE);
        error.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, input, info, error);
        int row = 0;
        for (String field : fields) {
            Label caption = new Label(messages.text(RecordFields.labelKey(field)));
            caption.getStyleClass().add("field-label");
            Control control = input(model, field, messages);
            caption.setLabelFor(control);
            grid.add(caption, 0, row);
            grid.add(control, 1, row);
            if (provenance != null) {
                grid.add(infoButton(field, messages, provenance), 2, row);
            }
            grid.add(new VBox(2, FieldMessage.beside(control, model.error(field)),
                    note(field, "warning", model.warning(field)), note(field, "hint", model.hint(field))), 3, row);
            row++;
        }
        return grid;
    }

    private static Control input(FormModel<?> model, String field, Messages messages) {
        StringProperty value = model.value(field);
        Control control = switch (model.fields().kind(field)) {
            case FLAG -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.parseBoolean(value.get()));
                box.selectedProperty().addListener((o, a, b) -> value.set(String.valueOf(b)));
                value.addListener((o, a, b) -> box.setSelected(Boolean.parseBoolean(b)));
                yield box;
            }
            case CHOICE -> {
                ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(model.fields().choices(field)));
                combo.valueProperty().bindBidirectional(value);
                combo.setConverter(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(String name) {
                        return choiceText(messages, name);
                    }

                    @Override
                    public String fromString(String text) {
                        return text;
                    }
                });
                yield combo;
            }
            default -> {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(value);
                if (model.fields().kind(field) == RecordFields.Kind.DATE) {
                    text.setPromptText(messages.text("providers.datePrompt"));
                }
                yield text;
            }
        };
        control.setId("field-" + field);
        control.setMaxWidth(Double.MAX_VALUE);
        return control;
    }

    /** A warning or hint line beside a field, shown only while it has text. */
    private static Label note(String field, String kind, StringProperty text) {
        Label label = new Label();
        label.setId(kind + "-" + field);
        label.getStyleClass().add("field-" + kind);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A choice as people read it ("Closed, paid") when the bundle has words for it, else its name ("DEA"). */
    static String choiceText(Messages messages, String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String key = "providers.choice." + name;
        return messages.has(key) ? messages.text(key) : name;
    }

    private static Button infoButton(String field, Messages messages, BiFunction<String, String, String> provenance) {
        Button info = new Button("i");
        info.getStyleClass().add("info-button");
        info.setId("info-" + field);
        info.setAccessibleText(messages.text("providers.provenance.title"));
        Tooltip tip = new Tooltip();
        tip.setOnShowing(e -> tip.setText(provenance.apply(null, field)));
        info.setTooltip(tip);
        info.setOnAction(e -> {
            Alert alert = DialogStyle.apply(new Alert(Alert.AlertType.INFORMATION, provenance.apply(null, field)));
            alert.setTitle(messages.text("providers.provenance.title"));
            alert.setHeaderText(messages.text(RecordFields.labelKey(field)));
            alert.getDialogPane().setId("provenanceDialog");
            alert.initOwner(info.getScene().getWindow());
            alert.show();
        });
        return info;
    }
}
