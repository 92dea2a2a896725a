package org.creddesk.ui.common;

import java.util.function.Consumer;
import org.creddesk.domain.Progress;

/**
 * Runs work off the FX thread and hands its result back on the FX thread. Failures go to one error dialog unless
 * the caller handles them; a cancelled task ends quietly. View models depend on this interface only, so their
 * tests run every task immediately on the calling thread.
 */
public interface TaskRunner {

    /** Work that may take long: reads, writes, files. It reports progress and checks for cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Runs quietly (no status-bar progress): for short reads such as a page of the provider list. */
    <T> void run(Work<T> work, Consumer<? super T> onSuccess);

    /** Runs with its title and progress shown in the status bar; the person can cancel it there. */
    <T> void runVisible(String title, Work<T> work, Consumer<? super T> onSuccess);

    /** Like {@link #runVisible} but the caller handles the failure itself (on the FX thread). */
    <T> void runVisible(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Like {@link #run} but the caller handles the failure itself (on the FX thread). */
    <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Progress of the visible task, for the status bar. */
    TaskStatus status();
}
