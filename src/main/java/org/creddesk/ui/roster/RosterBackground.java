package org.creddesk.ui.roster;

import java.util.function.Consumer;
import org.creddesk.domain.Progress;

/**
 * How the wizard runs its long work off the FX thread: the shell's task runner in the window, an immediate runner
 * in tests. Failures come back to the wizard, which shows them on its page (one clear sentence).
 */
@FunctionalInterface
public interface RosterBackground {
    /** Work that reads files or the store; it reports progress and checks for cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
