package org.creddesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Writes PNGs of the real window with the sample data, for the README and for a person to look at. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        app.sampleData().load(Progress.NONE);
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void mainWindowAndWorkspace(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#providerTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 160);
        WaitForAsyncUtils.waitForFxEvents();
        Path main = snapshot(stage.getScene(), "main-window.png");
        assertThat(Files.size(main)).isGreaterThan(10_000);

        robot.interact(() -> table.getSelectionModel().select(3));
        robot.clickOn(".table-row-cell:selected").doubleClickOn(".table-row-cell:selected");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#workspace").tryQuery().isPresent()
                && robot.lookup("#workspace").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(stage.getScene(), "provider-workspace.png");
        robot.clickOn("State licenses");
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(stage.getScene(), "provider-licenses.png");
        robot.clickOn("History");
        WaitForAsyncUtils.waitForFxEvents();
        Path history = snapshot(stage.getScene(), "provider-history.png");
        assertThat(Files.size(history)).isGreaterThan(10_000);
    }

    static Path snapshot(Scene scene, String name) throws IOException, TimeoutException {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        return out;
    }
}
