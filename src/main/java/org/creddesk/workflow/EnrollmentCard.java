package org.creddesk.workflow;

import java.time.LocalDate;
import java.util.Set;
import org.creddesk.domain.workflow.EnrollmentFacts;
import org.creddesk.domain.workflow.EnrollmentFlag;

/** One enrollment on the board: whose it is, when the payer should decide, the next follow-up, and its flags. */
public record EnrollmentCard(EnrollmentFacts facts, String npi, String providerName, String coordinator,
                             LocalDate expectedDecision, LocalDate nextFollowUp, Set<EnrollmentFlag> flags) {
    public boolean isFlagged() {
        return !flags.isEmpty();
    }
}
