package org.creddesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
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

/**
 * The shell on a first start: Ctrl+F finds; the empty store offers sample data, which loads in the background;
 * then PNGs of the main window, palette and workspace go to target/screenshots.
 */
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

        rowsBeyondTheFirstPageAppearWhenScrolledTo(robot, table);
        writeScreenshots(robot, table);
    }

    @Test
    void thePaletteGoesToEveryScreenAndSaysWhenNothingMatches(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paletteQuery").queryAs(TextField.class)
                .isFocused());
        robot.write("settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#paletteResults").queryListView()
                .getItems().stream().anyMatch(i -> i.toString().contains("Go to Settings")));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveDeadlineSettings").tryQuery()
                .map(Node::isVisible).orElse(false));

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("zzqx");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#paletteNone").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#paletteNone").queryAs(Label.class).getText()).startsWith("No match");
        robot.type(KeyCode.ESCAPE);
    }

    /** The list loads pages lazily: a row past the first page shows once the table scrolls to it. */
    private void rowsBeyondTheFirstPageAppearWhenScrolledTo(FxRobot robot, TableView<?> table) throws Exception {
        robot.interact(() -> table.scrollTo(150));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell").queryAllAs(TableRow.class)
                .stream().anyMatch(r -> r.getIndex() == 150 && r.getItem() != null));
        robot.interact(() -> table.scrollTo(0));
    }

    /** PNGs of the real window with the sample loaded, for the README and for a person to look at. */
    private void writeScreenshots(FxRobot robot, TableView<?> table) throws Exception {
        Path main = snapshot(stage.getScene(), "main-window.png");
        assertThat(Files.size(main)).isGreaterThan(10_000);

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("ash");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#paletteResults").queryListView().getItems().stream()
                        .anyMatch(i -> i.toString().startsWith("Ashdown")));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(stage.getScene(), "command-palette.png");
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> table.getSelectionModel().select(3));
        robot.clickOn(".table-row-cell:selected").doubleClickOn(".table-row-cell:selected");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#workspace").tryQuery().isPresent()
                && robot.lookup("#workspace").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(stage.getScene(), "provider-workspace.png");
        robot.clickOn("Identifiers");
        TextField npi = robot.lookup("#field-npi").queryAs(TextField.class);
        String original = npi.getText();
        robot.interact(() -> npi.setText("1234567890"));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(stage.getScene(), "provider-validation.png");
        robot.interact(() -> npi.setText(original));
        robot.clickOn("State licenses");
        robot.clickOn("#add-licenses");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#rowEditor").tryQuery().isPresent());
        TextField expires = robot.lookup("#rowEditor #field-expires").queryAs(TextField.class);
        robot.interact(() -> {
            robot.lookup("#rowEditor #field-issued").queryAs(TextField.class).setText("03/01/2027");
            expires.setText("02/30/2027");
        });
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(expires.getScene(), "row-editor.png");
        robot.type(KeyCode.ESCAPE);
        javafx.scene.control.ListView<?> sections = robot.lookup("#sectionList").queryListView();
        robot.interact(() -> sections.scrollTo(sections.getItems().size() - 1)); // the last sections are below
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("History");
        WaitForAsyncUtils.waitForFxEvents();
        Path history = snapshot(stage.getScene(), "provider-history.png");
        assertThat(Files.size(history)).isGreaterThan(10_000);
    }

    static Path snapshot(Scene scene, String name) throws IOException, TimeoutException {
        return org.creddesk.ui.Screenshots.write(scene, name);
    }
}
