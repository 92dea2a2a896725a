package org.creddesk.ui.shell;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.creddesk.app.AppContext;
import org.creddesk.ui.common.DesktopFiles;
import org.creddesk.ui.common.ErrorDialog;
import org.creddesk.ui.common.FxDebouncer;
import org.creddesk.ui.common.FxDesktopFiles;
import org.creddesk.ui.common.FxTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.Navigation;
import org.creddesk.ui.common.WindowNotice;
import org.creddesk.ui.common.StatusBarModel;
import org.creddesk.ui.common.UiContext;
import org.creddesk.ui.common.ViewLoader;

/** Builds the main window on a stage from an open AppContext; closing the window closes the store. */
public final class MainWindow {
    private static final Duration SEARCH_PAUSE = Duration.millis(150);
    private final ShellView shell;
    private final UiContext ui;

    private MainWindow(ShellView shell, UiContext ui) {
        this.shell = shell;
        this.ui = ui;
    }

    /** Shows the window; {@code files} is the file-dialog seam (tests answer it without a chooser). */
    public static MainWindow show(Stage stage, AppContext app, DesktopFiles files) {
        Messages messages = Messages.forLocale(Locale.getDefault());
        ErrorDialog errors = new ErrorDialog(messages);
        FxTaskRunner tasks = new FxTaskRunner(errors);
        StatusBarModel status = new StatusBarModel();
        status.databaseNameProperty().set(app.database().file().getFileName().toString());
        DesktopFiles chosenFiles = files != null ? files : new FxDesktopFiles(messages, () -> stage);
        UiContext ui = new UiContext(app, messages, tasks, errors, new ViewLoader(messages), chosenFiles, status,
                () -> new FxDebouncer(SEARCH_PAUSE), new Navigation(), new WindowNotice());
        ShellView shell = new ShellView(ui, ScreenCatalog.entries());
        Parent root = ui.views().load("ShellView.fxml", shell);
        java.nio.file.Path placementFile = app.database().file().toAbsolutePath().resolveSibling(WindowPlacement.FILE_NAME);
        WindowPlacement.Bounds placed = WindowPlacement.choose(WindowPlacement.load(placementFile),
                javafx.stage.Screen.getScreens().stream().map(s -> s.getVisualBounds()).map(v ->
                        new WindowPlacement.Bounds(v.getMinX(), v.getMinY(), v.getWidth(), v.getHeight(), false)).toList());
        Scene scene = new Scene(root, placed.width(), placed.height());
        stage.setX(placed.x());
        stage.setY(placed.y());
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        stage.setMaximized(placed.maximized());
        scene.getStylesheets().add(MainWindow.class.getResource("/org/creddesk/ui/css/app.css").toExternalForm());
        stage.setTitle(messages.text("shell.window.title", app.database().file().getFileName()));
        stage.setScene(scene);
        errors.setOwner(stage);
        stage.setOnHidden(e -> {
            WindowPlacement.save(placementFile, new WindowPlacement.Bounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized()));
            tasks.close();
            app.close();
        });
        stage.show();
        return new MainWindow(shell, ui);
    }

    public void offerSampleData() {
        shell.offerSampleData();
    }

    public void openPalette() {
        shell.openPalette();
    }

    public UiContext context() {
        return ui;
    }
}
