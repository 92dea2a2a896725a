package org.creddesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Debounces on the FX thread with a pause timer: each keystroke restarts it. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration delay) {
        this.pause = new PauseTransition(delay);
        pause.setOnFinished(e -> {
            Runnable action = pending;
            pending = null;
            if (action != null) {
                action.run();
            }
        });
    }

    @Override
    public void submit(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
