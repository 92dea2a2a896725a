package org.creddesk.store;

/** A store operation failed; the message is written for a person and names no personal data. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
