package org.creddesk.ui.enrollments;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.DialogStyle;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.credentialing.FormGrid;

/** "Payers…": the payers on the left, the chosen one's form beside it; Save keeps the dialog open for the next. */
final class PayersDialog {
    private PayersDialog() {
    }

    static void show(Window owner, PayersViewModel vm) {
        Messages m = vm.messages();
        Dialog<Void> dialog = DialogStyle.apply(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(m.text("payers.title"));
        dialog.setHeaderText(m.text("payers.header"));
        dialog.getDialogPane().setId("payersDialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        ListView<Payer> list = new ListView<>(vm.payers());
        list.setId("payerList");
        list.setPrefSize(300, 320);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Payer p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : describe(m, p));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.edit(b);
            }
        });
        Button add = new Button(m.text("payers.new"));
        add.setId("newPayer");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            vm.startNew();
        });

        TextField name = text("payerName", vm.nameProperty());
        ComboBox<PayerKind> kind = new ComboBox<>();
        kind.setId("payerKind");
        kind.getItems().setAll(vm.kinds());
        kind.setConverter(ChoiceText.of(k -> m.text(EnrollmentTexts.key(k)), ""));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField state = text("payerState", vm.stateProperty());
        state.setPromptText(m.text("payers.statePrompt"));
        TextField typical = text("payerTypicalDays", vm.typicalDaysProperty());
        TextField cadence = text("payerCadenceDays", vm.cadenceDaysProperty());
        TextArea notes = new TextArea();
        notes.setId("payerNotes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.setPromptText(m.text("payers.notesPrompt"));
        notes.textProperty().bindBidirectional(vm.notesProperty());
        Button save = new Button(m.text("payers.save"));
        save.setId("savePayer");
        save.getStyleClass().add("primary");
        save.disableProperty().bind(vm.validProperty().not());
        save.setOnAction(e -> vm.save());
        FormGrid form = new FormGrid()
                .field(m.text("payers.name"), name, vm.nameErrorProperty())
                .field(m.text("payers.kind"), kind)
                .field(m.text("payers.state"), state, vm.stateErrorProperty())
                .field(m.text("payers.typicalDays"), typical, vm.typicalDaysErrorProperty())
                .field(m.text("payers.cadenceDays"), cadence, vm.cadenceDaysErrorProperty())
                .field(m.text("payers.notes"), notes)
                .action(save);
        form.setPrefWidth(620);
        Label notice = FormGrid.title("", "notice");
        notice.setId("payerNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        VBox left = new VBox(8, add, list);
        VBox right = new VBox(10, form, notice);
        dialog.getDialogPane().setContent(new HBox(16, left, right));
        vm.startNew();
        vm.load();
        dialog.setOnShown(e -> name.requestFocus());
        dialog.showAndWait();
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** "MassHealth (MA)" for a Medicaid program, else the name: what a choice list shows. */
    static String name(Payer p) {
        return p.state() == null ? p.name() : p.name() + " (" + p.state() + ")";
    }

    /** "Acme Health · Commercial · 60 days"; a Medicaid program shows its state. */
    static String describe(Messages m, Payer p) {
        String kind = m.text(EnrollmentTexts.key(p.kind()));
        return m.text("payers.line", p.name(), p.state() == null ? kind : kind + " " + p.state(),
                p.typicalProcessingDays());
    }
}
