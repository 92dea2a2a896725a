package org.creddesk.domain.workflow;

import java.util.ArrayList;
import java.util.List;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.License;
import org.creddesk.domain.ProviderFile;

/** Which verifications a credentialing decision needs. */
public final class PsvRequirements {
    private PsvRequirements() {
    }

    /**
     * The required verification items of a checklist that are not waived; when the checklist has none (or there
     * is no checklist), the standard set for the provider file: each license and DEA/CDS registration, education,
     * board certification when the provider holds one, work history, malpractice history and sanctions.
     */
    public static List<PsvRequirement> of(ProviderFile file, List<ChecklistItem> checklistItems) {
        List<PsvRequirement> fromChecklist = checklistItems.stream()
                .filter(i -> i.kind() == ItemKind.VERIFICATION && i.required() && i.element() != null)
                .filter(i -> i.status() != ItemStatus.WAIVED)
                .map(i -> new PsvRequirement(i.element(), i.credentialId(), i.label()))
                .toList();
        return fromChecklist.isEmpty() ? standard(file) : fromChecklist;
    }

    public static List<PsvRequirement> standard(ProviderFile file) {
        List<PsvRequirement> result = new ArrayList<>();
        for (License l : file.licenses()) {
            result.add(new PsvRequirement(VerificationElement.LICENSE, l.id(), labelled(VerificationElement.LICENSE, DeadlineSubjects.license(l))));
        }
        for (DeaRegistration r : file.registrations()) {
            result.add(new PsvRequirement(VerificationElement.DEA_CDS, r.id(), labelled(VerificationElement.DEA_CDS, DeadlineSubjects.registration(r))));
        }
        result.add(new PsvRequirement(VerificationElement.EDUCATION, null, labelled(VerificationElement.EDUCATION, null)));
        if (!file.boardCertifications().isEmpty()) {
            result.add(new PsvRequirement(VerificationElement.BOARD_CERTIFICATION, null,
                    labelled(VerificationElement.BOARD_CERTIFICATION, null)));
        }
        for (VerificationElement e : List.of(VerificationElement.WORK_HISTORY, VerificationElement.MALPRACTICE_HISTORY,
                VerificationElement.SANCTIONS)) {
            result.add(new PsvRequirement(e, null, labelled(e, null)));
        }
        return result;
    }

    /** "License verification: MA license 003806", the same wording as the checklist items. */
    static String labelled(VerificationElement element, String subject) {
        String label = element.label() + " verification";
        return subject == null ? label : label + ": " + subject;
    }
}
