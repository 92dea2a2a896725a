package org.creddesk.taxonomy;

/** An import refused because the code set in force is newer than the file's; nothing was changed. */
public final class OlderCodeSetException extends RuntimeException {
    public OlderCodeSetException(String message) {
        super(message);
    }
}
