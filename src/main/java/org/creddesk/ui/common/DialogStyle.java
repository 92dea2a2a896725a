package org.creddesk.ui.common;

import java.util.Objects;
import javafx.scene.control.Dialog;

/** Dialogs get their own scene: give them the window's stylesheet so forms inside look like the rest. */
public final class DialogStyle {
    private static final String CSS = "/org/creddesk/ui/css/app.css";

    private DialogStyle() {
    }

    public static <D extends Dialog<?>> D apply(D dialog) {
        dialog.getDialogPane().getStylesheets().add(
                Objects.requireNonNull(DialogStyle.class.getResource(CSS), CSS).toExternalForm());
        dialog.getDialogPane().getStyleClass().add("creddesk-dialog");
        return dialog;
    }
}
