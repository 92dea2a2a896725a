package org.creddesk.ui.roster;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.creddesk.ui.roster.RosterExportViewModel.LaterEditLine;
import org.creddesk.store.UndoMode;
import org.creddesk.ui.common.DialogStyle;
import org.creddesk.ui.common.Messages;

/**
 * Asked before an undo would throw away newer work: lists every field changed since the import (what the import
 * wrote, what it holds now, who changed it) and lets the person keep those edits, discard them, or not undo.
 */
final class LaterEditsDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());
    private final Messages messages;
    private final Window owner;

    LaterEditsDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    Optional<UndoMode> ask(List<LaterEditLine> edits) {
        ButtonType keep = new ButtonType(messages.text("roster.history.keep"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(messages.text("roster.history.discard"), ButtonBar.ButtonData.OTHER);
        Dialog<ButtonType> dialog = DialogStyle.apply(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("roster.history.laterEditsTitle"));
        dialog.setHeaderText(messages.text("roster.history.laterEditsHeader", edits.size()));
        dialog.getDialogPane().setId("laterEditsDialog");
        dialog.getDialogPane().getButtonTypes().setAll(keep, discard, ButtonType.CANCEL);
        TableView<LaterEditLine> table = new TableView<>();
        table.setId("laterEdits");
        table.getItems().setAll(edits);
        table.getColumns().setAll(List.of(
                column("roster.history.providerColumn", LaterEditLine::provider),
                column("roster.history.field", LaterEditLine::field),
                column("roster.history.imported", l -> l.edit().importValue()),
                column("roster.history.current", l -> l.edit().currentValue()),
                column("roster.history.changedBy", l -> messages.text("roster.history.changedByValue",
                        l.edit().actor(), l.edit().source(), WHEN.format(l.edit().at())))));
        table.setPrefSize(980, 260);
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.text("roster.history.laterEditsHint")), table));
        return dialog.showAndWait().flatMap(b -> b == keep ? Optional.of(UndoMode.KEEP_LATER_EDITS)
                : b == discard ? Optional.of(UndoMode.DISCARD_LATER_EDITS) : Optional.empty());
    }

    private TableColumn<LaterEditLine, String> column(String key,
                                                      java.util.function.Function<LaterEditLine, String> f) {
        TableColumn<LaterEditLine, String> c = new TableColumn<>(messages.text(key));
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(f.apply(r.getValue())));
        c.setPrefWidth(key.endsWith("changedBy") || key.endsWith("providerColumn") ? 260 : 140);
        return c;
    }
}
