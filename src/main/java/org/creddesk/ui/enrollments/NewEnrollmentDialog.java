package org.creddesk.ui.enrollments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.DialogStyle;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.credentialing.FormGrid;

/**
 * "New enrollment…": type a name or NPI and pick the provider (Enter takes the first match, Down goes to the list),
 * then payer, state, location and first status. Create stays disabled while a field has a reason beside it.
 */
final class NewEnrollmentDialog {
    private NewEnrollmentDialog() {
    }

    static void show(Window owner, NewEnrollmentViewModel vm, ProviderFile forProvider, Consumer<Enrollment> created) {
        Messages m = vm.messages();
        Dialog<ButtonType> dialog = DialogStyle.apply(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(m.text("enrollments.new.title"));
        dialog.setHeaderText(m.text("enrollments.new.header"));
        dialog.getDialogPane().setId("newEnrollmentDialog");
        ButtonType create = new ButtonType(m.text("enrollments.new.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);

        TextField search = new TextField();
        search.setId("newEnrollmentSearch");
        search.setPromptText(m.text("enrollments.new.searchPrompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        ListView<ProviderSummary> found = new ListView<>(vm.matches());
        found.setId("newEnrollmentMatches");
        found.setPrefHeight(110);
        found.setPlaceholder(new Label(m.text("enrollments.new.noMatches")));
        found.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ProviderSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : m.text("enrollments.new.match", s.lastName(), s.firstName(),
                        s.npi() == null ? "-" : s.npi(), s.state() == null ? "-" : s.state()));
            }
        });
        found.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.choose(b));
        search.setOnAction(e -> {
            e.consume(); // Enter takes the first match; it does not press "Create"
            found.getSelectionModel().selectFirst();
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.matches().isEmpty()) {
                found.requestFocus();
                found.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        Label chosen = FormGrid.title("", "value");
        chosen.setId("newEnrollmentProvider");
        chosen.textProperty().bind(vm.providerLineProperty());
        chosen.visibleProperty().bind(chosen.textProperty().isNotEmpty());
        chosen.managedProperty().bind(chosen.visibleProperty());
        for (Node n : new Node[] {search, found}) {
            n.visibleProperty().bind(vm.providerFixedProperty().not());
            n.managedProperty().bind(n.visibleProperty());
        }
        ComboBox<Payer> payer = new ComboBox<>(vm.payers());
        payer.setId("newEnrollmentPayer");
        payer.setConverter(ChoiceText.of(PayersDialog::name, ""));
        payer.valueProperty().bindBidirectional(vm.payerProperty());
        TextField state = new TextField();
        state.setId("newEnrollmentState");
        state.setPromptText(m.text("payers.statePrompt"));
        state.textProperty().bindBidirectional(vm.stateProperty());
        ComboBox<PracticeLocation> location = new ComboBox<>();
        location.setId("newEnrollmentLocation");
        vm.locations().addListener((ListChangeListener<PracticeLocation>) c -> {
            List<PracticeLocation> choices = new ArrayList<>();
            choices.add(null); // no specific location: most payers enroll by state
            choices.addAll(vm.locations());
            location.getItems().setAll(choices);
        });
        location.setConverter(ChoiceText.of(l -> m.text("enrollments.new.locationLine", l.name(), l.city(), l.state()),
                m.text("enrollments.new.anyLocation")));
        location.valueProperty().bindBidirectional(vm.locationProperty());
        ComboBox<EnrollmentStatus> status = new ComboBox<>();
        status.setId("newEnrollmentStatus");
        status.getItems().setAll(NewEnrollmentViewModel.FIRST_STATUSES);
        status.setConverter(ChoiceText.of(s -> m.text(EnrollmentTexts.key(s)), ""));
        status.valueProperty().bindBidirectional(vm.firstStatusProperty());
        TextField submitted = new TextField();
        submitted.setId("newEnrollmentSubmitted");
        submitted.setPromptText(m.text("providers.datePrompt"));
        submitted.textProperty().bindBidirectional(vm.submittedOnProperty());
        submitted.disableProperty().bind(vm.firstStatusProperty().isNotEqualTo(EnrollmentStatus.SUBMITTED));
        FormGrid form = new FormGrid()
                .field(m.text("enrollments.new.provider"), search, vm.providerErrorProperty())
                .action(found)
                .action(chosen)
                .field(m.text("enrollments.new.payer"), payer, vm.payerErrorProperty())
                .field(m.text("enrollments.new.state"), state, vm.stateErrorProperty())
                .field(m.text("enrollments.new.location"), location)
                .field(m.text("enrollments.new.status"), status)
                .field(m.text("enrollments.new.submittedOn"), submitted, vm.submittedOnErrorProperty());
        form.setPrefWidth(720);
        Label notice = FormGrid.title("", "notice");
        notice.setId("newEnrollmentNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        dialog.getDialogPane().setContent(new VBox(10, form, notice));
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("createEnrollment");
        createButton.disableProperty().bind(vm.validProperty().not());
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the write runs in the background; the dialog closes when it succeeded
            vm.create(enrollment -> {
                dialog.setResult(create);
                dialog.close();
                created.accept(enrollment);
            });
        });
        vm.open(forProvider);
        dialog.setOnShown(e -> (forProvider == null ? search : payer).requestFocus());
        dialog.showAndWait();
    }
}
