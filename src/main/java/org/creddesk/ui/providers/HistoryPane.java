package org.creddesk.ui.providers;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.creddesk.ui.common.Messages;

/** The provider's audit trail: when, who, source, what, field, old → new; newest first. */
final class HistoryPane extends VBox {
    HistoryPane(HistoryModel history, Messages messages) {
        Label title = new Label(messages.text("providers.section.history"));
        title.getStyleClass().add("section-title");
        TableView<HistoryModel.Row> table = new TableView<>(history.rows());
        table.setId("historyTable");
        table.setPrefHeight(520);
        table.setPlaceholder(new Label(messages.text("providers.history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.text("providers.history.when"), r -> HistoryModel.when(r.at()), 140));
        table.getColumns().add(column(messages.text("providers.history.who"), HistoryModel.Row::actor, 90));
        table.getColumns().add(column(messages.text("providers.history.source"), HistoryModel.Row::source, 80));
        table.getColumns().add(column(messages.text("providers.history.entity"), HistoryModel.Row::entity, 110));
        table.getColumns().add(column(messages.text("providers.history.field"), r -> history.fieldLabel(r.field()), 130));
        table.getColumns().add(column(messages.text("providers.history.old"), HistoryModel.Row::oldValue, 150));
        table.getColumns().add(column(messages.text("providers.history.new"), HistoryModel.Row::newValue, 150));
        VBox.setVgrow(table, Priority.ALWAYS);
        getStyleClass().add("child-list");
        setSpacing(8);
        getChildren().addAll(title, table);
    }

    private static TableColumn<HistoryModel.Row, String> column(String title, Function<HistoryModel.Row, String> value,
                                                               double width) {
        TableColumn<HistoryModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
