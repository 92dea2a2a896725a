package org.creddesk.cli;

/** Ends a command with an exit code and one line for stderr. */
public class CliException extends RuntimeException {
    public static final int USAGE = 1;
    public static final int UNREADABLE = 2;
    public static final int NOT_FOUND = 3;
    public static final int REFUSED = 4;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** With the failure behind it, whose trace goes to the log file (the person gets only the message). */
    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
