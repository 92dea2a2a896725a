package org.creddesk.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.creddesk.app.AppContext;
import org.creddesk.store.StoreException;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;

/**
 * Starts the JavaFX toolkit and opens the main window (no Application subclass, so no static state). The store
 * opens (and migrates) off the FX thread behind a small "opening" window; a locked or unreadable database ends in
 * one clear message instead of a window that cannot work.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(Path dbFile, Clock clock) {
        Platform.startup(() -> open(dbFile, clock));
    }

    private static void open(Path dbFile, Clock clock) {
        Messages messages = Messages.forLocale(Locale.getDefault());
        Stage opening = openingWindow(messages, dbFile);
        Thread opener = new Thread(() -> {
            try {
                AppContext app = AppContext.open(dbFile, clock);
                Platform.runLater(() -> {
                    opening.close();
                    MainWindow.show(new Stage(), app, null).offerSampleData();
                });
            } catch (StoreException | IllegalStateException e) {
                Platform.runLater(() -> {
                    opening.close();
                    cannotOpen(messages, dbFile, new HumanMessage(messages).of(e));
                });
            }
        }, "creddesk-open-store");
        opener.setDaemon(true);
        opener.start();
    }

    private static Stage openingWindow(Messages messages, Path dbFile) {
        Stage stage = new Stage(StageStyle.UTILITY);
        VBox box = new VBox(12, new ProgressIndicator(), new Label(messages.text("shell.opening", dbFile)));
        box.setStyle("-fx-padding: 24; -fx-alignment: center;");
        stage.setScene(new Scene(box));
        stage.setTitle(messages.text("shell.app.name"));
        stage.show();
        return stage;
    }

    private static void cannotOpen(Messages messages, Path dbFile, String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.text("shell.app.name"));
        alert.setHeaderText(messages.text("shell.cannotOpen", dbFile));
        alert.setContentText(reason);
        alert.showAndWait();
        Platform.exit();
    }
}
