package org.creddesk.ui.shell;

import org.creddesk.ui.common.DialogStyle;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.creddesk.app.AppContext;
import org.creddesk.ui.common.HumanMessage;
import org.creddesk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens (and migrates) the store off the FX thread behind a small "opening" window, then shows the main window;
 * a locked, unreadable or damaged database ends in one clear message instead of a window that cannot work.
 */
final class StoreOpening {
    private static final Logger LOG = LoggerFactory.getLogger(StoreOpening.class);
    private final Path dbFile;
    private final Clock clock;
    private final Messages messages;
    private final Runnable giveUp;

    StoreOpening(Path dbFile, Clock clock, Messages messages, Runnable giveUp) {
        this.dbFile = dbFile;
        this.clock = clock;
        this.messages = messages;
        this.giveUp = giveUp;
    }

    /** Call on the FX thread. */
    void begin() {
        Stage opening = openingWindow();
        Thread opener = new Thread(() -> {
            try {
                AppContext app = AppContext.open(dbFile, clock);
                Platform.runLater(() -> {
                    // show the main window before closing the small one: closing the last window ends the toolkit
                    MainWindow window = MainWindow.show(new Stage(), app, null);
                    opening.close();
                    window.offerSampleData();
                });
            } catch (RuntimeException e) {
                LOG.warn("Cannot open the database: {}", e.getClass().getName(), e);
                String reason = HumanMessage.of(e);
                Platform.runLater(() -> cannotOpen(reason, opening));
            }
        }, "creddesk-open-store");
        opener.setDaemon(true);
        opener.start();
    }

    private Stage openingWindow() {
        Stage stage = new Stage(StageStyle.UTILITY);
        VBox box = new VBox(12, new ProgressIndicator(), new Label(messages.text("shell.opening", dbFile)));
        box.setStyle("-fx-padding: 24; -fx-alignment: center;");
        stage.setScene(new Scene(box));
        stage.setTitle(messages.text("shell.app.name"));
        stage.show();
        return stage;
    }

    private void cannotOpen(String reason, Stage opening) {
        Alert alert = DialogStyle.apply(new Alert(Alert.AlertType.ERROR));
        alert.setTitle(messages.text("shell.app.name"));
        alert.setHeaderText(messages.text("shell.cannotOpen", dbFile));
        alert.setContentText(reason);
        alert.getDialogPane().setId("cannotOpenDialog");
        alert.setOnHidden(e -> giveUp.run());
        alert.show();
        opening.close();
    }
}
