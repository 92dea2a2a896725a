package org.creddesk.ui.adequacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creddesk.adequacy.AdequacyStoreFixture;
import org.creddesk.app.AppContext;
import org.creddesk.ui.Screenshots;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.creddesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window on the Chicago store of {@link AdequacyStoreFixture}: a standards cell edited in place, a
 * run in the background, the groups and counties with pass/fail, the map of the counties, an xlsx export.
 */
@ExtendWith(ApplicationExtension.class)
class AdequacyWindowTest {
    @TempDir
    Path dir;
    final ScriptedDesktopFiles files = new ScriptedDesktopFiles();
    AppContext app;
    Stage stage;
    Path members;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"),
                ZoneOffset.UTC));
        AdequacyStoreFixture.seed(app);
        members = AdequacyStoreFixture.write(dir, "members.csv", AdequacyStoreFixture.MEMBERS);
        files.choose(members);
        MainWindow.show(stage, app, files);
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void runShowsGroupsCountiesAndAMapAndExports(FxRobot robot) throws Exception {
        robot.clickOn("Network adequacy");
        @SuppressWarnings("unchecked")
        TableView<StandardRow> standards = robot.lookup("#adequacyStandards").queryAs(TableView.class);
        waitUntil(() -> standards.getItems().size() == 27);
        assertThat(robot.lookup("#adequacyNote").queryAs(Label.class).getText()).contains("not drive time");

        @SuppressWarnings("unchecked")
        TableColumn<StandardRow, ?> miles = (TableColumn<StandardRow, ?>) standards.getColumns().get(2);
        robot.interact(() -> standards.edit(0, miles));
        robot.write("12").type(KeyCode.ENTER);
        waitUntil(() -> standards.getItems().get(0).maxMiles.get().equals("12"));

        robot.clickOn("#adequacyChoose");
        assertThat(robot.lookup("#adequacyMembers").queryTextInputControl().getText()).isEqualTo(members.toString());
        robot.clickOn("#adequacyRun");
        @SuppressWarnings("unchecked")
        TableView<ResultLine> groups = robot.lookup("#adequacyGroups").queryAs(TableView.class);
        waitUntil(() -> groups.getItems().size() == 27);
        ResultLine primary = groups.getItems().get(0);
        assertThat(primary.name()).isEqualTo("Primary Care");
        assertThat(primary.figures().coveredMembers()).isEqualTo(1000);
        assertThat(primary.figures().pass()).isFalse();
        assertThat(primary.figures().failingZips()).containsExactly("61820");
        assertThat(app.adequacy().hasSavedStandards()).as("the edited table is saved on Run").isTrue();
        assertThat(app.adequacy().standards().get(0).maxMiles()).isEqualTo(12);

        @SuppressWarnings("unchecked")
        TableView<ResultLine> counties = robot.lookup("#adequacyCounties").queryAs(TableView.class);
        waitUntil(() -> counties.getItems().size() == 3);
        assertThat(counties.getItems()).extracting(ResultLine::name)
                .containsExactly("Champaign, Illinois", "Cook, Illinois", "DuPage, Illinois");
        assertThat(counties.getItems().get(1).figures().coveredShare()).as("Cook: all covered").isEqualTo(1.0);
        assertThat(counties.getItems().get(1).figures().pass()).as("but 1.25 providers per 1,000, under 1.67").isFalse();
        CountyMap map = robot.lookup("#adequacyMap").queryAs(CountyMap.class);
        waitUntil(() -> map.drawn() > 3);
        assertThat(robot.lookup("#county-17031").tryQuery()).as("Cook drawn").isPresent();
        assertThat(robot.lookup("#adequacyMessage").queryAs(Label.class).getText())
                .startsWith("27 specialty groups, 0 pass");
        Screenshots.write(stage, "adequacy.png");

        Path out = dir.resolve("result.xlsx");
        files.saveTo(out);
        robot.clickOn("#adequacyXlsx");
        waitUntil(() -> Files.exists(out));
        waitUntil(() -> robot.lookup("#adequacyMessage").queryAs(Label.class).getText().equals("result.xlsx written."));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
