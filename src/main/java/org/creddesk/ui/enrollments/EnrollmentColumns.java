package org.creddesk.ui.enrollments;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;
import org.creddesk.workflow.EnrollmentCard;

/** The board's columns (status, provider, payer, state, expected decision, next follow-up, flags) and log lines. */
final class EnrollmentColumns {
    private EnrollmentColumns() {
    }

    static void addTo(TableView<EnrollmentCard> table, Messages m) {
        table.getColumns().add(column(m.text("enrollments.column.status"),
                c -> m.text(EnrollmentTexts.key(c.facts().enrollment().status())), 150));
        table.getColumns().add(column(m.text("enrollments.column.provider"), EnrollmentCard::providerName, 180));
        table.getColumns().add(column(m.text("enrollments.column.payer"),
                c -> c.facts().payer() == null ? "" : c.facts().payer().name(), 140));
        table.getColumns().add(column(m.text("enrollments.column.state"), c -> c.facts().enrollment().state(), 50));
        table.getColumns().add(column(m.text("enrollments.column.expected"),
                c -> DateText.format(c.expectedDecision()), 100));
        table.getColumns().add(column(m.text("enrollments.column.next"), c -> DateText.format(c.nextFollowUp()), 100));
        table.getColumns().add(column(m.text("enrollments.column.flags"), c -> String.join(", ", c.flags().stream()
                .map(f -> m.text(EnrollmentTexts.key(f))).toList()), 240));
    }

    private static TableColumn<EnrollmentCard, String> column(String title, Function<EnrollmentCard, String> text,
                                                              double width) {
        TableColumn<EnrollmentCard, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static ListCell<FollowUp> followUpCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(FollowUp f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : m.text("enrollments.followUp.line", DateText.format(f.on()),
                        f.referenceNumber() == null ? "-" : f.referenceNumber(), f.note()));
            }
        };
    }
}
