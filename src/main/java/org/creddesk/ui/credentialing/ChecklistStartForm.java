package org.creddesk.ui.credentialing;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.Messages;

/**
 * Starting a checklist: the template (initial or recredentialing suggested), the payer for payer enrollment (its own
 * template is used when it has one), the program, the committee date.
 */
final class ChecklistStartForm extends VBox {
    ChecklistStartForm(CredentialingViewModel model) {
        Messages messages = model.messages();
        ComboBox<org.creddesk.domain.workflow.ChecklistTemplate> template = new ComboBox<>(model.templates());
        template.setId("checklistTemplate");
        template.setConverter(ChoiceText.of(t -> t.name(), ""));
        template.valueProperty().bindBidirectional(model.templateProperty());
        StartPayer starting = model.startPayer();
        ComboBox<Payer> payer = new ComboBox<>(starting.payers());
        payer.setId("checklistPayer");
        payer.setConverter(ChoiceText.of(Payer::name, messages.text("credentialing.payer.none")));
        payer.valueProperty().bindBidirectional(starting.payerProperty());
        payer.disableProperty().bind(starting.applies().not());
        Label payerHint = FormGrid.title("", "hint");
        payerHint.setId("checklistPayerHint");
        payerHint.textProperty().bind(starting.hint());
        payerHint.setWrapText(true);
        ComboBox<CredentialingProgram> program = new ComboBox<>();
        program.getItems().setAll(CredentialingProgram.values());
        program.setId("checklistProgram");
        program.setConverter(ChoiceText.of(p -> messages.text("credentialing.program." + p.name()), ""));
        program.valueProperty().bindBidirectional(model.programProperty());
        program.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the program's rule is read whole
        TextField committee = new TextField();
        committee.setId("plannedCommittee");
        committee.setPromptText(messages.text("providers.datePrompt"));
        committee.textProperty().bindBidirectional(model.committeeProperty());
        Button startButton = new Button(messages.text("credentialing.start"));
        startButton.setId("startChecklist");
        startButton.getStyleClass().add("primary");
        startButton.disableProperty().bind(model.canStart().not());
        startButton.setOnAction(e -> model.start());
        FormGrid grid = new FormGrid()
                .field(messages.text("credentialing.template"), template)
                .field(messages.text("credentialing.payer"), payer, payerHint)
                .field(messages.text("credentialing.program"), program)
                .field(messages.text("credentialing.committee"), committee, model.committeeErrorProperty())
                .action(startButton);
        Label saveFirst = FormGrid.title(messages.text("credentialing.saveFirst"), "hint");
        saveFirst.visibleProperty().bind(model.storedProperty().not());
        saveFirst.managedProperty().bind(saveFirst.visibleProperty());
        setSpacing(8);
        getChildren().addAll(FormGrid.title(messages.text("credentialing.startHeading"), "subsection-title"),
                saveFirst, grid);
    }

}
