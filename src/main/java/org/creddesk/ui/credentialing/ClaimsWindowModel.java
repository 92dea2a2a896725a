package org.creddesk.ui.credentialing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.ClaimsHistory;
import org.creddesk.domain.MalpracticeClaim;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ShownDates;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.ui.common.DateText;
import org.creddesk.ui.common.Messages;

/**
 * While a malpractice-history verification is being recorded: which of the file's claims its window covers (the
 * claims-history setting, counted back from the verification date), so the verifier checks exactly those.
 */
public final class ClaimsWindowModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final CredentialingViewModel file;
    private final DecisionFormModel form;
    private final IntSupplier years;
    private final Messages messages;

    public ClaimsWindowModel(CredentialingViewModel file, DecisionFormModel form, IntSupplier years) {
        this.file = file;
        this.form = form;
        this.years = years;
        this.messages = file.messages();
        file.fileProperty().addListener((o, a, b) -> update());
        form.elementProperty().addListener((o, a, b) -> update());
        form.verifiedOnProperty().addListener((o, a, b) -> update());
        update();
    }

    /** Empty unless the form is on malpractice history. */
    public StringProperty textProperty() {
        return text;
    }

    private void update() {
        ProviderFile f = file.fileProperty().get();
        if (f == null || form.elementProperty().get() != VerificationElement.MALPRACTICE_HISTORY) {
            text.set("");
            return;
        }
        LocalDate on = verifiedOn();
        int y = years.getAsInt();
        List<MalpracticeClaim> inWindow = ClaimsHistory.inWindow(f.malpracticeClaims(), on, y);
        String claims = inWindow.isEmpty() ? messages.text("credentialing.claims.none")
                : inWindow.stream().map(ClaimsHistory::describe).collect(Collectors.joining("\n"));
        long older = ClaimsHistory.olderThanWindow(f.malpracticeClaims(), on, y);
        text.set(messages.text("credentialing.claims.window", y, ShownDates.format(ClaimsHistory.windowStart(on, y)),
                claims) + (older == 0 ? "" : "\n" + messages.text("credentialing.claims.older", older)));
    }

    private LocalDate verifiedOn() {
        try {
            return DateText.parse(form.verifiedOnProperty().get()).orElse(file.today());
        } catch (DateTimeException e) {
            return file.today();
        }
    }
}
