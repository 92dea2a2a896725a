package org.creddesk.domain.packet;

/** One thing to look at before a packet goes out, with what to do about it. */
public record PreflightIssue(Check check, String subject, String message, String fix) {
    public enum Check {
        EXCLUSION_HIT, MISSING_DOCUMENT, EXPIRED, EXPIRES_IN_WINDOW, NAME_MISMATCH, INVALID_NPI, INVALID_DEA, EMPTY_FIELD
    }

    @Override
    public String toString() {
        return message + " Fix: " + fix;
    }
}
