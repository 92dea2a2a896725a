package org.creddesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell on a first start: the empty store offers sample data, which loads in the background; Ctrl+F finds. */
@ExtendWith(ApplicationExtension.class)
class ShellWindowTest {
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;
    MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("first-start.db"),
                Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC));
        window = MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void firstStartOffersSampleDataAndCtrlFFocusesTheSearch(FxRobot robot) throws Exception {
        Label count = robot.lookup(".status-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("0 active providers");
        assertThat(robot.lookup(".status-db").queryAs(Label.class).getText()).isEqualTo("Database: first-start.db");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(robot.lookup("#providerSearch").queryAs(TextField.class));
        robot.interact(window::offerSampleData);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sampleOfferDialog").tryQuery().isPresent());
        robot.clickOn("Load sample data");
        TableView<?> table = robot.lookup("#providerTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 160);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#sampleLoadedDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#sampleLoadedDialog .content").queryAs(Label.class).getText())
                .isEqualTo("Added 160 sample providers (0 were already there).");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count.getText()).isEqualTo("160 active providers");

        Node taskBox = robot.lookup(".status-task").query();
        assertThat(taskBox.isVisible()).as("no task left running").isFalse();
    }
}
