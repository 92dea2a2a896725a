package org.creddesk.ui.common;

/** Where failures of background work end up: one dialog with a message a person can act on. */
@FunctionalInterface
public interface ErrorReporter {
    void report(Throwable failure);
}
