package org.creddesk.ui.roster;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import org.creddesk.roster.RowIssue;
import org.creddesk.roster.RowOutcome;
import org.creddesk.ui.common.Messages;

/** The columns of the preview tables (rows, problems, conflicts); records have no bean getters for FXML. */
final class RosterPreviewColumns {
    private final Messages messages;

    RosterPreviewColumns(Messages messages) {
        this.messages = messages;
    }

    /** "Conflict", "Rejected"…: a row's status as the preview shows it. */
    String status(org.creddesk.roster.RowStatus status) {
        return messages.text("roster.status." + status.name());
    }

    void rows(TableView<RowOutcome> table) {
        // The columns fit the table; the changes (or the reason a row was rejected) take what is left.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("roster.preview.row", 60, RowOutcome::row),
                column("providers.field.npi", 110, RowOutcome::npi),
                column("providers.list.name", 200, RowOutcome::name),
                column("providers.list.status", 110, o -> status(o.status())),
                column("roster.preview.changes", 460, RosterPreviewColumns::changes)));
    }

    void problems(TableView<RowIssue> table) {
        table.getColumns().setAll(java.util.List.of(
                column("roster.preview.row", 60, RowIssue::row),
                column("roster.mapping.header", 160, RowIssue::column),
                column("roster.preview.value", 160, RowIssue::value),
                column("roster.preview.rejected", 420, RowIssue::message)));
    }

    void conflicts(TableView<ConflictChoice> table) {
        TableColumn<ConflictChoice, ConflictChoice.Decision> decision = new TableColumn<>(
                messages.text("roster.conflict.decision"));
        decision.setPrefWidth(150);
        decision.setCellValueFactory(c -> c.getValue().decisionProperty());
        decision.setCellFactory(ChoiceBoxTableCell.forTableColumn(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ConflictChoice.Decision d) {
                return d == null ? "" : messages.text("roster.conflict." + d.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public ConflictChoice.Decision fromString(String text) {
                return null;
            }
        }, ConflictChoice.Decision.values()));
        TableColumn<ConflictChoice, String> value = new TableColumn<>(messages.text("roster.conflict.value"));
        value.setPrefWidth(150);
        value.setCellValueFactory(c -> c.getValue().editedValueProperty());
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(java.util.List.of(
                column("providers.field.npi", 110, c -> c.conflict().npi()),
                column("roster.mapping.field", 120, c -> c.conflict().field().label()),
                column("roster.conflict.current", 120, c -> c.conflict().current()),
                column("roster.conflict.incoming", 120, c -> c.conflict().incoming()),
                column("roster.conflict.source", 300, c -> c.conflict().origin()),
                decision, value));
    }

    @SuppressWarnings("unchecked")
    private <S, T> TableColumn<S, Object> column(String key, double width, Function<S, T> value) {
        TableColumn<S, Object> c = new TableColumn<>(messages.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    static String changes(RowOutcome o) {
        if (o.reason() != null) {
            return o.reason();
        }
        StringBuilder sb = new StringBuilder();
        o.changes().forEach(d -> sb.append(sb.length() == 0 ? "" : "; ").append(d.field().label()).append(": ")
                .append(d.current() == null ? "" : d.current()).append(" → ").append(d.incoming()));
        return sb.toString();
    }
}
