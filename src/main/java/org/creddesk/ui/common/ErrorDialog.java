package org.creddesk.ui.common;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one error dialog: a human message, the details in the log (by type, never personal data). */
public final class ErrorDialog implements ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);
    private final Messages messages;
    private Window owner;

    public ErrorDialog(Messages messages) {
        this.messages = messages;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void report(Throwable failure) {
        // The trace goes to the log file (standard error is the log file in the window, see Main), never the dialog.
        LOG.warn("Showing error dialog for {}", failure.getClass().getName(), failure);
        show(HumanMessage.of(failure));
    }

    public void show(String text) {
        Alert alert = DialogStyle.apply(new Alert(Alert.AlertType.ERROR));
        alert.initOwner(owner);
        alert.setTitle(messages.text("shell.error.title"));
        alert.setHeaderText(messages.text("shell.error.header"));
        alert.setContentText(text);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }
}
