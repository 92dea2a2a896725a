package org.creddesk.ui.providers;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TextCells;

/** The provider's audit trail: when, who, source, what, field, old → new; newest first. */
final class HistoryPane extends VBox {
    HistoryPane(HistoryModel history, Messages messages) {
        Label title = new Label(messages.text("providers.section.history"));
        title.getStyleClass().add("section-title");
        TableView<HistoryModel.Row> table = new TableView<>(history.rows());
        table.setId("historyTable");
        table.setPrefHeight(520);
        table.setPlaceholder(new Label(messages.text("providers.history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Every column fits the pane (old and new value are what people come for); cut-off text is in a tooltip.
        table.getColumns().add(column(messages.text("providers.history.when"), r -> HistoryModel.when(r.at()), 130, 130));
        table.getColumns().add(column(messages.text("providers.history.who"), HistoryModel.Row::actor, 60, 44));
        table.getColumns().add(column(messages.text("providers.history.source"), HistoryModel.Row::source, 70, 50));
        table.getColumns().add(column(messages.text("providers.history.entity"), HistoryModel.Row::entity, 120, 80));
        table.getColumns().add(column(messages.text("providers.history.field"), r -> history.fieldLabel(r.field()), 130,
                80));
        table.getColumns().add(column(messages.text("providers.history.old"), HistoryModel.Row::oldValue, 120, 70));
        table.getColumns().add(column(messages.text("providers.history.new"), HistoryModel.Row::newValue, 120, 70));
        VBox.setVgrow(table, Priority.ALWAYS);
        getStyleClass().add("child-list");
        setSpacing(8);
        getChildren().addAll(title, table);
    }

    private static TableColumn<HistoryModel.Row, String> column(String title, Function<HistoryModel.Row, String> value,
                                                               double width, double minWidth) {
        TableColumn<HistoryModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(TextCells.withTooltip());
        c.setPrefWidth(width);
        c.setMinWidth(minWidth);
        c.setSortable(false);
        return c;
    }
}
