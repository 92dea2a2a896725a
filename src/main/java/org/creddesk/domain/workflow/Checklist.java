package org.creddesk.domain.workflow;

import java.time.LocalDate;

/**
 * A workflow started for a provider from a template. {@code plannedCommittee} is the date the file should go to
 * committee (verifications must be fresh then); {@code closedOn} is set by the decision that ends it.
 */
public record Checklist(String id, String providerId, String templateId, String name, WorkflowKind kind,
                        CredentialingProgram program, LocalDate startedOn, LocalDate plannedCommittee,
                        LocalDate closedOn, String enrollmentId) {
    public boolean isOpen() {
        return closedOn == null;
    }
}
