package org.creddesk.ui.enrollments;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.creddesk.domain.workflow.EnrollmentFlag;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.TextCells;
import org.creddesk.workflow.EnrollmentCard;

/** The board's columns (status, provider, payer, state, expected decision, next follow-up, flags) and log lines. */
final class EnrollmentColumns {
    private EnrollmentColumns() {
    }

    /**
     * The columns fit the table's width (the window's default leaves ~700 px beside the side panel): the flags take
     * what is left, and a cell whose text is cut off shows it whole in its tooltip.
     */
    static void addTo(TableView<EnrollmentCard> table, Messages m) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.text("enrollments.column.status"),
                c -> m.text(EnrollmentTexts.key(c.facts().enrollment().status())), 105));
        table.getColumns().add(flagged(column(m.text("enrollments.column.provider"), EnrollmentCard::providerName,
                140)));
        table.getColumns().add(column(m.text("enrollments.column.payer"),
                c -> c.facts().payer() == null ? "" : c.facts().payer().name(), 120));
        // state and dates are short and whole: they keep their width, their headers too
        table.getColumns().add(whole(column(m.text("enrollments.column.state"), c -> c.facts().enrollment().state(), 52)));
        table.getColumns().add(whole(column(m.text("enrollments.column.expected"),
                c -> DateText.format(c.expectedDecision()), 96)));
        table.getColumns().add(whole(column(m.text("enrollments.column.next"), c -> DateText.format(c.nextFollowUp()),
                92)));
        table.getColumns().add(flagged(column(m.text("enrollments.column.flags"), c -> String.join(", ",
                c.flags().stream().map(f -> m.text(EnrollmentTexts.key(f))).toList()), 160)));
    }

    private static TableColumn<EnrollmentCard, String> whole(TableColumn<EnrollmentCard, String> c) {
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    /** A provider held by exclusion-screening hits stands out on the board (issue 15). */
    private static TableColumn<EnrollmentCard, String> flagged(TableColumn<EnrollmentCard, String> c) {
        c.setCellFactory(TextCells.withTooltip(card -> card.flags().contains(EnrollmentFlag.EXCLUSION_HIT),
                "exclusion-flag"));
        return c;
    }

    private static TableColumn<EnrollmentCard, String> column(String title, Function<EnrollmentCard, String> text,
                                                              double width) {
        TableColumn<EnrollmentCard, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(40);
        c.setCellFactory(TextCells.withTooltip());
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
