package org.creddesk.ui.deadlines;

import org.creddesk.domain.workflow.DeadlineKind;

/** Where in the provider workspace a deadline is acted on: the credential's list, the checklist, the decision. */
final class DeadlineSections {
    private DeadlineSections() {
    }

    static String of(DeadlineKind kind) {
        return switch (kind) {
            case LICENSE -> "providers.section.licenses";
            case DEA, CDS -> "providers.section.registrations";
            case BOARD -> "providers.section.boardCertifications";
            case MALPRACTICE -> "providers.section.malpracticePolicies";
            case REAPPOINTMENT -> "providers.section.affiliations";
            case PSV -> "providers.section.verifications";
            case RECREDENTIALING, DECISION_NOTICE -> "providers.section.decision";
            case CAQH, REVALIDATION -> "providers.section.identifiers";
            case FOLLOW_UP, ENROLLMENT -> "providers.section.enrollments";
            case CONTRACT_RENEWAL -> "providers.section.contracts";
            default -> "providers.section.blocks"; // kinds added later
        };
    }
}
