package org.creddesk.ui.enrollments;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.domain.workflow.FollowUpChannel;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.Messages;
import org.creddesk.workflow.EnrollmentCard;

/** The enrollment board: filters, the table by status, and the follow-up, move and approve forms. */
public final class EnrollmentBoardView {
    private final EnrollmentBoardViewModel model;
    private final Messages messages;
    @FXML
    private ComboBox<Payer> payer;
    @FXML
    private TextField state;
    @FXML
    private TextField coordinator;
    @FXML
    private CheckBox flaggedOnly;
    @FXML
    private TableView<EnrollmentCard> table;
    @FXML
    private ComboBox<FollowUpChannel> channel;
    @FXML
    private TextField contact;
    @FXML
    private TextField reference;
    @FXML
    private TextField note;
    @FXML
    private TextField nextFollowUp;
    @FXML
    private Label nextError;
    @FXML
    private Button logButton;
    @FXML
    private ListView<FollowUp> followUps;
    @FXML
    private ComboBox<EnrollmentStatus> moveTo;
    @FXML
    private Button moveButton;
    @FXML
    private TextField effective;
    @FXML
    private TextField payerProviderId;
    @FXML
    private Button approveButton;
    @FXML
    private Label notice;
    @FXML
    private javafx.scene.control.CheckBox dmeSupplier;

    private final Runnable newEnrollment;
    private final Runnable editPayers;

    public EnrollmentBoardView(EnrollmentBoardViewModel model, Messages messages, Runnable newEnrollment,
                               Runnable editPayers) {
        this.model = model;
        this.messages = messages;
        this.newEnrollment = newEnrollment;
        this.editPayers = editPayers;
    }

    @FXML
    private void initialize() {
        model.payers().addListener((ListChangeListener<Payer>) c -> {
            List<Payer> all = new ArrayList<>();
            all.add(null);
            all.addAll(model.payers());
            payer.getItems().setAll(all);
        });
        payer.setConverter(ChoiceText.of(p -> p.name(), messages.text("enrollments.payer.all")));
        payer.valueProperty().bindBidirectional(model.payerProperty());
        state.textProperty().bindBidirectional(model.stateProperty());
        coordinator.textProperty().bindBidirectional(model.coordinatorProperty());
        flaggedOnly.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());
        table.setItems(model.cards());
        EnrollmentColumns.addTo(table, messages);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        });
        channel.getItems().setAll(FollowUpChannel.values());
        channel.setConverter(ChoiceText.of(c -> messages.text(EnrollmentTexts.key(c)), ""));
        channel.valueProperty().bindBidirectional(model.channelProperty());
        contact.textProperty().bindBidirectional(model.contactProperty());
        reference.textProperty().bindBidirectional(model.referenceProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        nextFollowUp.textProperty().bindBidirectional(model.nextFollowUpProperty());
        nextError.textProperty().bind(model.nextFollowUpErrorProperty());
        logButton.disableProperty().bind(model.canLogFollowUp().not());
        followUps.setItems(model.followUps());
        followUps.setCellFactory(list -> EnrollmentColumns.followUpCell(messages));
        moveTo.setItems(model.nextStatuses());
        moveTo.setConverter(ChoiceText.of(this::status, ""));
        moveTo.valueProperty().bindBidirectional(model.moveToProperty());
        moveButton.disableProperty().bind(model.moveToProperty().isNull());
        effective.textProperty().bindBidirectional(model.effectiveProperty());
        payerProviderId.textProperty().bindBidirectional(model.payerProviderIdProperty());
        approveButton.disableProperty().bind(model.selectedProperty().isNull());
        notice.textProperty().bind(model.noticeProperty());
        dmeSupplier.selectedProperty().bindBidirectional(model.dmeSupplierProperty());
        dmeSupplier.visibleProperty().bind(model.dmeApplicableProperty());
        dmeSupplier.managedProperty().bind(dmeSupplier.visibleProperty());
    }

    private String status(EnrollmentStatus s) {
        return messages.text(EnrollmentTexts.key(s));
    }

    /** Puts the cursor in the follow-up note: the one keystroke from anywhere in the board. */
    public void focusFollowUp() {
        note.requestFocus();
    }

    @FXML
    private void newEnrollment() {
        newEnrollment.run();
    }

    @FXML
    private void editPayers() {
        editPayers.run();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void logFollowUp() {
        model.logFollowUp();
    }

    @FXML
    private void move() {
        model.move();
    }

    @FXML
    private void approve() {
        model.approve();
    }
}
