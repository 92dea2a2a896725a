package org.creddesk.ui.credentialing;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;

/**
 * Records that the practitioner was told of the selected decision (when, how): it closes the decision-notice
 * deadline, due within the set days of the decision (DOMAIN.md: 30).
 */
public final class DecisionNoticeForm {
    private final CredentialingViewModel file;
    private final Messages messages;
    private final ObjectProperty<CredentialingDecision> selected = new SimpleObjectProperty<>();
    private final StringProperty sentOn = new SimpleStringProperty("");
    private final StringProperty sentOnError = new SimpleStringProperty("");
    private final StringProperty method = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanBinding canRecord;

    public DecisionNoticeForm(CredentialingViewModel file) {
        this.file = file;
        this.messages = file.messages();
        sentOn.set(DateText.format(file.today()));
        sentOn.addListener((o, a, b) -> sentOnError.set(DateText.parse(b).isPresent() ? ""
                : messages.text("credentialing.notice.badDate")));
        canRecord = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().needsNotice()
                && selected.get().noticeSentOn() == null && sentOnError.get().isEmpty() && !method.get().isBlank(),
                selected, sentOnError, method);
    }

    /** "notice sent 12/11/2026 by letter", "notice due 12/10/2026" or "" for a deferral: shown beside a decision. */
    public String state(CredentialingDecision d) {
        if (!d.needsNotice()) {
            return "";
        }
        if (d.noticeSentOn() != null) {
            return messages.text("credentialing.notice.sent", DateText.format(d.noticeSentOn()), d.noticeMethod());
        }
        if (d.noticeMethod() != null) {
            return messages.text("credentialing.notice.untracked");
        }
        return messages.text("credentialing.notice.due",
                DateText.format(file.decisions().noticeDue(d)));
    }

    public void record() {
        CredentialingDecision d = selected.get();
        if (!canRecord.get()) {
            return;
        }
        var on = DateText.parse(sentOn.get()).orElseThrow();
        String how = method.get().strip();
        file.tasks().run(p -> file.decisions().recordNotice(d.providerId(), d.id(), on, how, file.changeContext()),
                done -> {
                    result.set(messages.text("credentialing.notice.recorded", DateText.format(on), how));
                    method.set("");
                    file.reload();
                }, failure -> result.set(failure.getMessage()));
    }

    public ObjectProperty<CredentialingDecision> selectedProperty() {
        return selected;
    }

    public StringProperty sentOnProperty() {
        return sentOn;
    }

    public StringProperty sentOnErrorProperty() {
        return sentOnError;
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public BooleanBinding canRecord() {
        return canRecord;
    }
}
