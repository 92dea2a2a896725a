package org.creddesk.domain.workflow;

/** What a checklist is for. */
public enum WorkflowKind {
    INITIAL_CREDENTIALING, RECREDENTIALING, PAYER_ENROLLMENT, HOSPITAL_PRIVILEGES;

    /** Whether the workflow ends in a credentialing decision (and so needs fresh verifications). */
    public boolean endsInDecision() {
        return this == INITIAL_CREDENTIALING || this == RECREDENTIALING;
    }
}
