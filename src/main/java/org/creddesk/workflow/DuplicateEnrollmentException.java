package org.creddesk.workflow;

/**
 * Refused: the provider already has an enrollment with this payer in this state (and location). A rule of the
 * domain (one enrollment per provider × payer × state × location), so the CLI ends with "refused", not "usage".
 */
public final class DuplicateEnrollmentException extends IllegalArgumentException {
    private final String existingId;

    public DuplicateEnrollmentException(String message, String existingId) {
        super(message);
        this.existingId = existingId;
    }

    /** The enrollment that is already there, to go to it instead. */
    public String existingId() {
        return existingId;
    }
}
