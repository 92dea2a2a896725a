package org.creddesk.domain.workflow;

import java.time.LocalDate;

/** A credentialing decision on a provider, made under a program, optionally closing a checklist. */
public record CredentialingDecision(String id, String providerId, String checklistId, DecisionOutcome outcome,
                                    DecisionMaker decidedBy, LocalDate decidedOn, CredentialingProgram program,
                                    String note) {
}
