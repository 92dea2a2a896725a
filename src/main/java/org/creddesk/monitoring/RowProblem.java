package org.creddesk.monitoring;

/** One row of a list file that cannot be used; the message names the line, the column and the value. */
final class RowProblem extends Exception {
    RowProblem(String message) {
        super(message, null, false, false);
    }
}
