package org.creddesk.server;

/** A server-side failure a person can act on; {@code status} is the HTTP status it maps to. */
public class ServerException extends RuntimeException {
    private final int status;

    public ServerException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
        this.status = 500;
    }

    public int status() {
        return status;
    }
}
