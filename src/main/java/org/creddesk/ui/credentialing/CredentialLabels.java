package org.creddesk.ui.credentialing;

import java.util.ArrayList;
import java.util.List;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.ui.common.Messages;

/** The credentials of a file as a coordinator names them ("MA license 003806"), for items and verifications. */
final class CredentialLabels {
    private CredentialLabels() {
    }

    /** Every credential of the file, the same wording the Documents section uses. */
    static List<CredentialOption> all(ProviderFile file, Messages messages) {
        List<CredentialOption> choices = new ArrayList<>();
        file.licenses().forEach(l -> choices.add(new CredentialOption(l.id(),
                messages.text("providers.documents.license", l.state(), l.number()))));
        file.registrations().forEach(r -> choices.add(new CredentialOption(r.id(),
                messages.text("providers.documents.registration", r.kind(), r.number()))));
        file.boardCertifications().forEach(b -> choices.add(new CredentialOption(b.id(),
                messages.text("providers.documents.board", b.board()))));
        file.malpracticePolicies().forEach(m -> choices.add(new CredentialOption(m.id(),
                messages.text("providers.documents.malpractice", m.carrier(), m.policyNumber()))));
        return choices;
    }

    /** The credentials a verification of {@code element} can concern, after a "none" choice. */
    static List<CredentialOption> forElement(ProviderFile file, VerificationElement element, Messages messages) {
        List<CredentialOption> choices = new ArrayList<>();
        choices.add(new CredentialOption(null, messages.text("credentialing.credential.none")));
        if (element == null) {
            return choices;
        }
        List<String> ids = switch (element) {
            case LICENSE -> file.licenses().stream().map(l -> l.id()).toList();
            case DEA_CDS -> file.registrations().stream().map(r -> r.id()).toList();
            case BOARD_CERTIFICATION -> file.boardCertifications().stream().map(b -> b.id()).toList();
            default -> List.of();
        };
        all(file, messages).stream().filter(c -> ids.contains(c.id())).forEach(choices::add);
        return choices;
    }

    static String label(ProviderFile file, String credentialId, Messages messages) {
        if (credentialId == null || file == null) {
            return "";
        }
        return all(file, messages).stream().filter(c -> credentialId.equals(c.id())).map(CredentialOption::label)
                .findFirst().orElse("");
    }
}
