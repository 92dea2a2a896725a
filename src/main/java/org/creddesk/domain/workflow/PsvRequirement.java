package org.creddesk.domain.workflow;

/** A verification a decision needs: an element, optionally of one credential, with the label people see. */
public record PsvRequirement(VerificationElement element, String credentialId, String label) {

    public boolean isMetBy(Verification v) {
        return v.element() == element && (credentialId == null || credentialId.equals(v.credentialId()));
    }
}
