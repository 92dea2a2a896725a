package org.creddesk.ui.credentialing;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.creddesk.domain.Document;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.domain.workflow.VerificationMethod;
import org.creddesk.ui.common.ChoiceText;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;

/** The verifications section: record a primary-source verification, and every one on file. */
public final class VerificationPane extends VBox {
    private final ComboBox<VerificationElement> element = new ComboBox<>();
    private final TextField source = new TextField();

    /** {@code claims} lists the claims a malpractice-history verification covers while that element is chosen. */
    public VerificationPane(CredentialingViewModel file, DecisionFormModel form, ClaimsWindowModel claims) {
        Messages messages = file.messages();
        getStyleClass().add("child-list");
        setSpacing(10);
        element.getItems().setAll(VerificationElement.values());
        element.setId("verificationElement");
        element.setConverter(ChoiceText.of(form::element, ""));
        element.valueProperty().bindBidirectional(form.elementProperty());
        ComboBox<CredentialOption> credential = new ComboBox<>(form.credentials());
        credential.setId("verificationCredential");
        credential.valueProperty().bindBidirectional(form.credentialProperty());
        source.setId("verificationSource");
        source.setPromptText(messages.text("credentialing.verification.sourcePrompt"));
        source.textProperty().bindBidirectional(form.sourceProperty());
        ComboBox<VerificationMethod> method = new ComboBox<>();
        method.getItems().setAll(VerificationMethod.values());
        method.setId("verificationMethod");
        method.setConverter(ChoiceText.of(m -> messages.text("credentialing.method." + m.name()), ""));
        method.valueProperty().bindBidirectional(form.methodProperty());
        TextField date = text("verificationDate", form.verifiedOnProperty());
        date.setPromptText(messages.text("providers.datePrompt"));
        TextField verifier = text("verificationVerifier", form.verifierProperty());
        ComboBox<Document> evidence = new ComboBox<>(form.evidenceChoices());
        evidence.setId("verificationEvidence");
        evidence.setConverter(ChoiceText.of(d -> d.type() + " (" + d.fileName() + ")",
                messages.text("credentialing.verification.noEvidence")));
        evidence.valueProperty().bindBidirectional(form.evidenceProperty());
        TextField seen = text("verificationValueSeen", form.valueSeenProperty());
        seen.setPromptText(messages.text("credentialing.verification.valuePrompt"));
        Button record = new Button(messages.text("credentialing.verification.record"));
        record.setId("recordVerification");
        record.getStyleClass().add("primary");
        record.disableProperty().bind(form.canRecord().not());
        record.setOnAction(e -> form.record());
        FormGrid grid = new FormGrid()
                .field(messages.text("credentialing.verification.element"), element)
                .field(messages.text("credentialing.verification.credential"), credential)
                .field(messages.text("credentialing.verification.source"), source)
                .field(messages.text("credentialing.verification.method"), method)
                .field(messages.text("credentialing.verification.date"), date, form.verifiedOnErrorProperty())
                .field(messages.text("credentialing.verification.verifier"), verifier)
                .field(messages.text("credentialing.verification.evidence"), evidence)
                .field(messages.text("credentialing.verification.value"), seen)
                .action(record);
        Label claimsInWindow = FormGrid.title("", "claims-window");
        claimsInWindow.setId("verificationClaimsWindow");
        claimsInWindow.setWrapText(true);
        claimsInWindow.textProperty().bind(claims.textProperty());
        claimsInWindow.visibleProperty().bind(claimsInWindow.textProperty().isNotEmpty());
        claimsInWindow.managedProperty().bind(claimsInWindow.visibleProperty());
        Label notice = FormGrid.title("", "notice");
        notice.setId("verificationNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(file.noticeProperty());
        getChildren().addAll(FormGrid.title(messages.text("providers.section.verifications"), "section-title"),
                FormGrid.title(messages.text("credentialing.verification.heading"), "subsection-title"), grid,
                claimsInWindow, notice,
                FormGrid.title(messages.text("credentialing.verification.onFile"), "subsection-title"),
                table(file, form, messages));
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static TableView<Verification> table(CredentialingViewModel file, DecisionFormModel form, Messages m) {
        TableView<Verification> table = new TableView<>(file.verifications());
        table.setId("verificationTable");
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(m.text("credentialing.verification.none")));
        table.getColumns().addAll(List.of(
                FormGrid.column(m.text("credentialing.verification.date"), v -> DateText.format(v.verifiedOn()), 95),
                FormGrid.column(m.text("credentialing.verification.element"), v -> form.element(v.element()), 150),
                FormGrid.column(m.text("credentialing.verification.credential"),
                        v -> CredentialLabels.label(file.fileProperty().get(), v.credentialId(), m), 150),
                FormGrid.column(m.text("credentialing.verification.source"), Verification::source, 170),
                FormGrid.column(m.text("credentialing.verification.method"),
                        v -> m.text("credentialing.method." + v.method().name()), 80),
                FormGrid.column(m.text("credentialing.verification.verifier"), Verification::verifier, 80),
                FormGrid.column(m.text("credentialing.verification.value"), Verification::valueSeen, 150)));
        return table;
    }

    /** Puts the cursor where a new verification starts (after "Record verification…" on a checklist item). */
    public void focusForm() {
        source.requestFocus();
    }
}
