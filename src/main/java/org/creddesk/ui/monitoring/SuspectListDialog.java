package org.creddesk.ui.monitoring;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.creddesk.monitoring.SuspectListException;
import org.creddesk.ui.common.DialogStyle;
import org.creddesk.ui.common.Messages;

/**
 * Asked when a list file was refused because it does not look whole: what is wrong with it, and a reason field;
 * "Import anyway" stays disabled until a reason is typed. Cancel (the default) imports nothing.
 */
final class SuspectListDialog {
    private final Messages messages;
    private final Window owner;

    SuspectListDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** The person's reason to import the file anyway, or empty to leave it out. */
    Optional<String> ask(SuspectListException refused) {
        ButtonType anyway = new ButtonType(messages.text("screening.import.confirmAnyway"), ButtonBar.ButtonData.OTHER);
        Dialog<ButtonType> dialog = DialogStyle.apply(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("screening.import.confirmTitle"));
        dialog.setHeaderText(messages.text("screening.import.confirmHeader", refused.fileName()));
        dialog.getDialogPane().setId("suspectListDialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, anyway);
        VBox concerns = new VBox(4);
        concerns.setId("suspectListConcerns");
        for (String concern : refused.concerns()) {
            concerns.getChildren().add(wrapped("\u2022 " + concern, "field-error"));
        }
        TextArea reason = new TextArea();
        reason.setId("suspectListReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Label reasonLabel = wrapped(messages.text("screening.import.confirmReason"), null);
        reasonLabel.setLabelFor(reason);
        dialog.getDialogPane().setContent(new VBox(10, concerns,
                wrapped(messages.text("screening.import.confirmHint"), "muted"), reasonLabel, reason));
        dialog.getDialogPane().setPrefWidth(680);
        Node anywayButton = dialog.getDialogPane().lookupButton(anyway);
        anywayButton.setId("importAnyway");
        anywayButton.disableProperty().bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(),
                reason.textProperty()));
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog.showAndWait().filter(b -> b == anyway).map(b -> reason.getText().strip());
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(640);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
