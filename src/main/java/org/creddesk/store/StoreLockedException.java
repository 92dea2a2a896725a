package org.creddesk.store;

/** Another program (or another CredDesk window) holds the write lock on the database for too long. */
public class StoreLockedException extends StoreException {
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
