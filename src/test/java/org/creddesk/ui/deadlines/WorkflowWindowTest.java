package org.creddesk.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.workflow.DeadlineStatus;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.creddesk.ui.shell.MainWindow;
import org.creddesk.workflow.LoadedSample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: the deadline dashboard on the sample data, snoozing one, then later days. */
@ExtendWith(ApplicationExtension.class)
class WorkflowWindowTest {
    static final LocalDate LOADED = LocalDate.of(2026, 11, 23);
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;
    final ScriptedDesktopFiles files = new ScriptedDesktopFiles();

    static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(LoadedSample.copyInto(dir), on(LOADED));
        MainWindow.show(stage, app, files);
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
        app.close();
    }

    @Test
    void theDashboardListsDeadlinesAndASnoozeTakesOneOff(FxRobot robot) throws Exception {
        robot.clickOn("Deadlines");
        TableView<DeadlineRow> table = robot.lookup("#deadlineTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        Label overdue = robot.lookup("#overdueCount").queryAs(Label.class);
        assertThat(overdue.getText()).matches("Overdue: [1-9]\\d*");
        DeadlineRow license = table.getItems().stream()
                .filter(r -> r.tracked().deadline().subject().equals("MA license 0030000")).findFirst().orElseThrow();
        assertThat(license.status()).isEqualTo(DeadlineStatus.DUE);
        robot.interact(() -> {
            table.getSelectionModel().select(license);
            table.scrollTo(license);
        });
        ListViewWait.untilNotEmpty(robot, "#blockers");
        robot.clickOn("#snoozeUntil").write("12/15/2026");
        robot.clickOn("#snoozeReason").write("Renewal submitted");
        robot.clickOn("#snoozeDeadline");
        waitUntil(() -> table.getItems().stream().noneMatch(r -> r.id().equals(license.id())));
        assertThat(robot.lookup("#deadlineNotice").queryAs(Label.class).getText())
                .isEqualTo("Snoozed until 12/15/2026: MA license 0030000");
        assertThat(robot.lookup("#snoozeReason").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void theListedDeadlinesExportToASpreadsheet(FxRobot robot) throws Exception {
        robot.clickOn("Deadlines");
        TableView<DeadlineRow> table = robot.lookup("#deadlineTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        Path target = dir.resolve("exports/deadlines.xlsx");
        files.saveTo(target);
        robot.clickOn("#exportDeadlines");
        Label notice = robot.lookup("#deadlineNotice").queryAs(Label.class);
        waitUntil(() -> notice.getText().endsWith("deadlines written to deadlines.xlsx"));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                java.nio.file.Files.newInputStream(target))) {
            var sheet = wb.getSheet("Deadlines");
            assertThat(sheet.getLastRowNum()).isEqualTo(table.getItems().size());
            DeadlineRow first = table.getItems().get(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.tracked().npi());
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo(first.tracked().deadline().subject());
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(first.due().toString());
        }
    }

    @Test
    void enterOnADeadlineOpensItsProviderAtTheCredential(FxRobot robot) throws Exception {
        robot.clickOn("Deadlines");
        TableView<DeadlineRow> table = robot.lookup("#deadlineTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream()
                .anyMatch(r -> r.tracked().deadline().subject().equals("MA license 0030000")));
        DeadlineRow license = table.getItems().stream()
                .filter(r -> r.tracked().deadline().subject().equals("MA license 0030000")).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(license);
            table.scrollTo(license);
            table.requestFocus();
        });
        snapshot(stage, "deadline-dashboard.png");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        Label title = robot.lookup("#workspaceTitle").queryAs(Label.class);
        waitUntil(() -> title.getText().startsWith(license.tracked().providerName().split(",")[0]));
        javafx.scene.control.ListView<?> sections = robot.lookup("#sectionList").queryListView();
        assertThat(sections.getSelectionModel().getSelectedItem().toString()).contains("providers.section.licenses");
        assertThat(robot.lookup("#table-licenses").tryQuery().map(javafx.scene.Node::isVisible)).contains(true);
    }

    @Test
    void aLaterDayShowsTheSameLicenseOverdue(FxRobot robot) throws Exception {
        Stage[] later = new Stage[1];
        AppContext afterwards = AppContext.open(dir.resolve("creddesk.db"), on(LOADED.plusDays(25)));
        try {
            robot.interact(() -> {
                stage.close();
                later[0] = new Stage();
                MainWindow.show(later[0], afterwards, new ScriptedDesktopFiles());
            });
            Label startNotice = robot.lookup("#windowNoticeText").queryAs(Label.class);
            waitUntil(() -> startNotice.getText().startsWith("Since your last visit on 11/23/2026: "));
            assertThat(startNotice.getText()).matches(".*: [1-9]\\d* deadlines became due or overdue \\([1-9]\\d* overdue now\\)\\.");
            snapshot(later[0], "start-of-day-notice.png");
            robot.clickOn("#windowNoticeLink");
            TableView<DeadlineRow> table = robot.lookup("#deadlineTable").queryAs(TableView.class);
            waitUntil(() -> table.isVisible() && table.getItems().stream()
                    .anyMatch(r -> r.tracked().deadline().subject().equals("MA license 0030000")));
            assertThat(robot.lookup("#windowNotice").query().isVisible()).isFalse();
            DeadlineRow license = table.getItems().stream()
                    .filter(r -> r.tracked().deadline().subject().equals("MA license 0030000")).findFirst().orElseThrow();
            assertThat(license.status()).isEqualTo(DeadlineStatus.OVERDUE);
            assertThat(license.stage()).isEqualTo("expired");
        } finally {
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> later[0].close());
            afterwards.close();
        }
    }

    static void snapshot(Stage window, String name) throws Exception {
        org.creddesk.ui.Screenshots.write(window, name);
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    /** Waits for a list to fill (background loads hand their result back on the FX thread). */
    static final class ListViewWait {
        private ListViewWait() {
        }

        static void untilNotEmpty(FxRobot robot, String id) throws TimeoutException {
            waitUntil(() -> !robot.lookup(id).queryListView().getItems().isEmpty());
        }
    }
}
