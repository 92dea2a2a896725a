package org.creddesk.files;

/** A file given to CredDesk cannot be read at all (missing, a folder, a device, no permission); nothing was read. */
public final class InputFileException extends RuntimeException {
    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
