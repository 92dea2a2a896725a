package org.creddesk.roster;

/** The file cannot be read as a roster; the message is one line a person can act on. */
public final class RosterFileException extends RuntimeException {
    public RosterFileException(String message) {
        super(message);
    }

    public RosterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
