package org.creddesk.ui.common;

import org.creddesk.app.ErrorLog;
import org.creddesk.app.FailureSentence;

/**
 * Turns a failure into one sentence a coordinator can act on, the same sentence the command line prints
 * ({@link FailureSentence}); never a stack trace: that is in the log file.
 */
public final class HumanMessage {
    private HumanMessage() {
    }

    public static String of(Throwable failure) {
        return FailureSentence.of(failure, ErrorLog.inDataFolder().file());
    }
}
