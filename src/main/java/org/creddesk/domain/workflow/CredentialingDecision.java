package org.creddesk.domain.workflow;

import java.time.LocalDate;

/**
 * A credentialing decision on a provider, made under a program, optionally closing a checklist. The practitioner
 * must be told of an approval or denial within a set number of days: {@code noticeSentOn} and {@code noticeMethod}
 * record when and how (letter, email, portal...), null until then.
 */
public record CredentialingDecision(String id, String providerId, String checklistId, DecisionOutcome outcome,
                                    DecisionMaker decidedBy, LocalDate decidedOn, CredentialingProgram program,
                                    String note, LocalDate noticeSentOn, String noticeMethod) {

    public CredentialingDecision(String id, String providerId, String checklistId, DecisionOutcome outcome,
                                 DecisionMaker decidedBy, LocalDate decidedOn, CredentialingProgram program,
                                 String note) {
        this(id, providerId, checklistId, outcome, decidedBy, decidedOn, program, note, null, null);
    }

    /** Whether the practitioner must be told of it (approve and deny; a deferral is no decision yet). */
    public boolean needsNotice() {
        return outcome != DecisionOutcome.DEFER;
    }

    public CredentialingDecision withNotice(LocalDate sentOn, String method) {
        return new CredentialingDecision(id, providerId, checklistId, outcome, decidedBy, decidedOn, program, note,
                sentOn, method);
    }
}
