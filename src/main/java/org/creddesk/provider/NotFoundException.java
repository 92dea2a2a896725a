package org.creddesk.provider;

/** The provider (or other thing) asked for does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
