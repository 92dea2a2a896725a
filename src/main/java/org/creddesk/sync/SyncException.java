package org.creddesk.sync;

/** A sync that could not happen; {@code kind} says whether to retry later, join again or update CredDesk. */
public class SyncException extends RuntimeException {
    public enum Kind {
        /** No answer from the server: nothing changed, try again later. */
        UNREACHABLE,
        /** The token is unknown or revoked (401). */
        UNAUTHORIZED,
        /** The role may not do this, or the thing belongs to another team (403). */
        REFUSED,
        /** This CredDesk is too old for the server (426). */
        OUTDATED,
        /** Not found (404). */
        NOT_FOUND,
        /** Anything else the server refused (400, 409...). */
        REJECTED,
        /** This desktop has not joined a team. */
        NOT_JOINED
    }

    private final Kind kind;

    public SyncException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SyncException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
