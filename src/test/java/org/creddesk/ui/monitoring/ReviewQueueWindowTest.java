package org.creddesk.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.monitoring.HitStatus;
import org.creddesk.domain.monitoring.ScreeningHit;
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

/** Drives the real window: a reviewer opens the screening queue, compares a hit and records a false positive. */
@ExtendWith(ApplicationExtension.class)
class ReviewQueueWindowTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        ReviewQueueFixture.screenTwoHits(app, dir);
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    @SuppressWarnings("unchecked")
    void reviewerRecordsAFalsePositiveWithANote(FxRobot robot) throws Exception {
        robot.clickOn("Exclusion screening");
        TableView<ScreeningHit> hits = robot.lookup("#hitTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hits.getItems().size() == 2);
        robot.clickOn("Quayle, Dana");
        TableView<?> comparison = robot.lookup("#comparisonTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !comparison.getItems().isEmpty());
        Button record = robot.lookup("#recordDisposition").queryButton();
        assertThat(record.isDisabled()).isTrue();

        ComboBox<Disposition> choice = robot.lookup("#dispositionChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(Disposition.FALSE_POSITIVE));
        robot.clickOn("#dispositionNote").write("State board: different date of birth on the license");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !record.isDisabled());
        robot.clickOn(record);

        Label notice = robot.lookup("#reviewNotice").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice.getText().contains("recorded as"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hits.getItems().size() == 1);
        assertThat(hits.getItems()).noneMatch(h -> h.providerName().equals("Quayle, Dana"));
        assertThat(app.screening().allHits()).filteredOn(h -> h.providerName().equals("Quayle, Dana"))
                .singleElement().extracting(ScreeningHit::status).isEqualTo(HitStatus.FALSE_POSITIVE);
    }
}
