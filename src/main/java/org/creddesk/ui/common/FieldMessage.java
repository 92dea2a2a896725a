package org.creddesk.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Shows a validation reason beside a field and marks the field invalid while there is one. */
public final class FieldMessage {
    private static final String INVALID = "invalid";

    private FieldMessage() {
    }

    /** A label that shows {@code error} (empty = valid) and keeps {@code field}'s invalid style in step. */
    public static Label beside(Control field, ObservableValue<String> error) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        error.addListener((obs, old, now) -> mark(field, now));
        mark(field, error.getValue());
        return label;
    }

    private static void mark(Control field, String error) {
        boolean invalid = error != null && !error.isEmpty();
        field.getStyleClass().remove(INVALID);
        if (invalid) {
            field.getStyleClass().add(INVALID);
            field.setTooltip(new Tooltip(error));
        } else {
            field.setTooltip(null);
        }
    }
}
