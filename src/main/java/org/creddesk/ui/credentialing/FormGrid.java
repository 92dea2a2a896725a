package org.creddesk.ui.credentialing;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.creddesk.ui.common.FieldMessage;

/** A labelled two-column form laid out like the provider forms, with the validation reason beside a field. */
public final class FormGrid extends GridPane {
    private int row;

    public FormGrid() {
        setHgap(10);
        setVgap(8);
        getStyleClass().add("field-form");
        ColumnConstraints labels = new ColumnConstraints(170);
        ColumnConstraints fields = new ColumnConstraints(180, 300, 420);
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields, rest);
    }

    /** A field with its label (the label's mnemonic focuses the field). */
    public FormGrid field(String labelText, Control field) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        field.setMaxWidth(Double.MAX_VALUE);
        if (field instanceof javafx.scene.control.TextArea || field instanceof javafx.scene.control.ListView) {
            // A tall field's label sits at its first line, not halfway down it.
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            label.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        }
        add(label, 0, row);
        add(field, 1, row++);
        return this;
    }

    public FormGrid field(String labelText, Control field, ObservableValue<String> error) {
        field(labelText, field);
        add(FieldMessage.beside(field, error), 2, row - 1);
        return this;
    }

    /** A field with a note beside it (a hint, not a validation reason). */
    public FormGrid field(String labelText, Control field, Node beside) {
        field(labelText, field);
        add(beside, 2, row - 1);
        return this;
    }

    public FormGrid action(Node button) {
        add(button, 1, row++);
        return this;
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? ""
                : value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    public static Label title(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
