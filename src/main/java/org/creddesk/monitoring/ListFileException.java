package org.creddesk.monitoring;

/** A list file that cannot be read or is not a list CredDesk knows; the message says what to do. */
public class ListFileException extends RuntimeException {
    public ListFileException(String message) {
        super(message);
    }

    public ListFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
