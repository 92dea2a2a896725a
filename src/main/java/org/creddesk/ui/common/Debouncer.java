package org.creddesk.ui.common;

/** Runs the latest submitted action once input has paused; tests use {@code Runnable::run}. */
@FunctionalInterface
public interface Debouncer {
    void submit(Runnable action);

    /** Makes one debouncer per input (each search field has its own pause). */
    @FunctionalInterface
    interface Factory {
        Debouncer create();
    }
}
