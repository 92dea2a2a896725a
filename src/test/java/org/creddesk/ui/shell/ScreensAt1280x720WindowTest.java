package org.creddesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.creddesk.ui.Screenshots;
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
 * Issue 15 items 7 and 10: at 1280x720 with the sample loaded, every screen keeps its status bar on the window and
 * shows no label, button or table cell cut off with an ellipsis (a cut-off cell must show whole in its tooltip, and
 * such cells are the only ones allowed); a PNG of each screen goes to target/screenshots/at-1280x720-N.png.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensAt1280x720WindowTest {
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"), Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"),
                ZoneOffset.UTC));
        app.loadSample(Progress.NONE);
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void close() throws TimeoutException {
        // TestFX hands every test class the same stage: give the next one the window's default size back
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.close();
        });
    }

    @Test
    void everyScreenFitsWithNothingCutOff(FxRobot robot) throws Exception {
        ListView<?> navigation = robot.lookup(".navigation").queryListView();
        List<String> cutOff = new ArrayList<>();
        for (int i = 0; i < navigation.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> navigation.getSelectionModel().select(index));
            Thread.sleep(600); // the screen's background load
            WaitForAsyncUtils.waitForFxEvents();
            Node status = robot.lookup("#providerCount").query();
            Bounds b = status.localToScene(status.getBoundsInLocal());
            assertThat(b.getMaxY()).as("status bar on screen %d", i).isLessThanOrEqualTo(stage.getScene().getHeight());
            Screenshots.write(stage, "at-1280x720-" + (i + 1) + ".png");
            elided(stage.getScene().getRoot(), cutOff, "screen " + (i + 1));
        }
        assertThat(cutOff).as("cut-off text").isEmpty();
    }

    @Test
    void everySectionOfAProviderFileFitsWithNothingCutOff(FxRobot robot) throws Exception {
        javafx.scene.control.TableView<?> providers = robot.lookup("#providerTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> providers.getItems().size() == 160 && providers.getItems().get(0) != null);
        robot.interact(() -> {
            providers.getSelectionModel().select(0);
            providers.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#workspace").tryQuery().map(Node::isVisible).orElse(false));
        ListView<?> sections = robot.lookup("#sectionList").queryListView();
        List<String> cutOff = new ArrayList<>();
        for (int i = 0; i < sections.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> sections.getSelectionModel().select(index));
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.write(stage, "at-1280x720-file-" + (i + 1) + ".png");
            elided(stage.getScene().getRoot(), cutOff, "section " + sections.getItems().get(i));
        }
        assertThat(cutOff).as("cut-off text").isEmpty();
    }

    /** Labeled nodes whose shown text is not their text (elided with "…"), visible, with no tooltip to read it whole. */
    static void elided(Node node, List<String> out, String where) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.getTooltip() == null) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.isVisible() && !t.getText().equals(l.getText())
                        && t.getText().endsWith(l.getEllipsisString()) && !l.getText().endsWith(l.getEllipsisString())) {
                    out.add(where + ": " + l.getClass().getSimpleName() + " '" + l.getText() + "' shown as '"
                            + t.getText() + "'");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                elided(child, out, where);
            }
        }
    }
}
