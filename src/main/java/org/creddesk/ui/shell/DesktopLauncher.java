package org.creddesk.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Starts the JavaFX toolkit and opens the main window (no Application subclass, so no static state). */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(Path dbFile, Clock clock) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("CredDesk — " + dbFile);
            stage.setScene(new Scene(new Label("CredDesk"), 800, 600));
            stage.show();
        });
    }
}
