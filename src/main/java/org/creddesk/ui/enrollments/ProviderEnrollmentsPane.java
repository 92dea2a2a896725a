package org.creddesk.ui.enrollments;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.creddesk.domain.ProviderFile;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.credentialing.FormGrid;
import org.creddesk.workflow.EnrollmentCard;

/**
 * The provider workspace's Enrollments section: payer, state, status since, expected decision, next follow-up and
 * flags; "New enrollment…" for this provider; Enter (or "Show on the board") goes to the enrollment's board card.
 */
public final class ProviderEnrollmentsPane extends VBox {
    public ProviderEnrollmentsPane(ProviderEnrollmentsViewModel vm, Consumer<ProviderFile> newEnrollment,
                                   Consumer<String> showOnBoard) {
        Messages m = vm.messages();
        getStyleClass().add("child-list");
        setSpacing(10);
        TableView<EnrollmentCard> table = new TableView<>(vm.cards());
        table.setId("providerEnrollments");
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(m.text("enrollments.provider.none")));
        table.getColumns().add(FormGrid.column(m.text("enrollments.column.payer"), vm::payer, 160));
        table.getColumns().add(FormGrid.column(m.text("enrollments.column.state"), c -> c.facts().enrollment().state(),
                50));
        table.getColumns().add(FormGrid.column(m.text("enrollments.column.status"), vm::status, 140));
        table.getColumns().add(FormGrid.column(m.text("enrollments.column.since"), vm::since, 90));
        table.getColumns().add(FormGrid.column(m.text("enrollments.column.expected"),
                c -> DateText.format(c.expectedDecision()), 110));
        table.getColumns().add(FormGrid.column(m.text("enrollments.column.next"),
                c -> DateText.format(c.nextFollowUp()), 100));
        table.getColumns().add(FormGrid.column(m.text("enrollments.column.flags"), vm::flags, 180));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        Runnable show = () -> {
            EnrollmentCard c = vm.selectedProperty().get();
            if (c != null) {
                showOnBoard.accept(c.facts().enrollment().id());
            }
        };
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                show.run();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                show.run();
            }
        });
        Button add = new Button(m.text("enrollments.new.button"));
        add.setId("providerNewEnrollment");
        add.getStyleClass().add("primary");
        add.disableProperty().bind(vm.storedProperty().not());
        add.setOnAction(e -> newEnrollment.accept(vm.fileProperty().get()));
        Button board = new Button(m.text("enrollments.provider.showOnBoard"));
        board.setId("providerShowOnBoard");
        board.disableProperty().bind(vm.selectedProperty().isNull());
        board.setOnAction(e -> show.run());
        getChildren().addAll(FormGrid.title(m.text("providers.section.enrollments"), "section-title"),
                FormGrid.title(m.text("enrollments.provider.hint"), "hint"), new HBox(8, add, board), table);
    }
}
