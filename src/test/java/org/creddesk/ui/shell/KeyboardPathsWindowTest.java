package org.creddesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.License;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.ItemStatus;
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
 * Issue 15 item 5: every screen takes the keyboard into its main list on arrival; Escape in a file opened from
 * another screen returns there; the checklist's keys leave the keyboard in the checklist.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardPathsWindowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        ChangeContext setup = ChangeContext.manual("setup", "test");
        String id = app.providers().newId();
        Provider p = new Provider(id, "Nora", null, "Vance", null, "DO", LocalDate.of(1982, 4, 2), "F", null, null,
                null, "1234567893", null, null, null, null, null, null, "jlee", null, ProviderStatus.ACTIVE);
        app.providerRepository().save(ProviderFile.of(p).withLicenses(List.of(new License("lic", id, "MA", "MD",
                "003806", null, TODAY.plusDays(20), "Active"))), setup);
        app.checklists().start(id, "initial-credentialing", CredentialingProgram.ACCREDITATION, null, setup);
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void ctrlTwoGoesIntoTheDeadlinesAndEscapeInTheFileComesBackThere(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<?> deadlines = robot.lookup("#deadlineTable").queryTableView();
        waitUntil(() -> stage.getScene().getFocusOwner() == deadlines && !deadlines.getItems().isEmpty());
        ListView<?> navigation = robot.lookup(".navigation").queryListView();
        int deadlinesEntry = navigation.getSelectionModel().getSelectedIndex();

        robot.type(KeyCode.DOWN);
        assertThat(navigation.getSelectionModel().getSelectedIndex()).as("Down moves in the list, not the screens")
                .isEqualTo(deadlinesEntry);
        robot.interact(() -> deadlines.getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#workspace").tryQuery().map(Node::isVisible).orElse(false));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> navigation.getSelectionModel().getSelectedIndex() == deadlinesEntry
                && stage.getScene().getFocusOwner() == deadlines);
    }

    @Test
    void theChecklistKeysKeepTheKeyboardInTheChecklist(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        TableView<?> providers = robot.lookup("#providerTable").queryTableView();
        waitUntil(() -> stage.getScene().getFocusOwner() == providers && providers.getItems().size() == 1
                && providers.getItems().get(0) != null);
        robot.interact(() -> providers.getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#workspace").tryQuery().map(Node::isVisible).orElse(false));
        Node cell = robot.lookup(".section-list .list-cell")
                .match((Node n) -> n instanceof Labeled l && "Checklist".equals(l.getText())).query();
        robot.clickOn(cell);
        TableView<ChecklistItem> items = robot.lookup("#checklistItems").queryTableView();
        waitUntil(() -> !items.getItems().isEmpty());
        robot.interact(() -> {
            items.getSelectionModel().select(0);
            items.requestFocus();
        });
        String first = items.getItems().get(0).id();

        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        waitUntil(() -> items.getItems().stream().anyMatch(i -> i.id().equals(first)
                && i.status() == ItemStatus.REQUESTED) && stage.getScene().getFocusOwner() == items);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()).noneMatch(m -> m.isShowing());
        assertThat(items.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#providerTable").query().isVisible());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
