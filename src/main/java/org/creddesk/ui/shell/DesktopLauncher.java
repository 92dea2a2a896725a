package org.creddesk.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Platform;
import org.creddesk.ui.common.Messages;

/** Starts the JavaFX toolkit and opens the main window (no Application subclass, so no static state). */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(Path dbFile, Clock clock) {
        Platform.startup(() -> new StoreOpening(dbFile, clock, Messages.forLocale(Locale.getDefault()), Platform::exit)
                .begin());
    }
}
