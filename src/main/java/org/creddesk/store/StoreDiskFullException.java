package org.creddesk.store;

/** The disk holding the database has no room left; nothing of the failed write was kept. */
public class StoreDiskFullException extends StoreException {
    public StoreDiskFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
