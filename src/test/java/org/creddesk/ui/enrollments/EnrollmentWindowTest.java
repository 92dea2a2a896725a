package org.creddesk.ui.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.creddesk.ui.shell.MainWindow;
import org.creddesk.workflow.EnrollmentCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real Enrollments board: a submitted enrollment gets follow-ups (Ctrl+L goes to the note from anywhere
 * on the board, Enter logs it), moves to in process and is approved with its effective date and payer id.
 */
@ExtendWith(ApplicationExtension.class)
class EnrollmentWindowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;
    Enrollment enrollment;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        ChangeContext setup = ChangeContext.manual("setup", "test");
        String id = app.providers().newId();
        app.providerRepository().save(ProviderFile.of(new Provider(id, "Omar", null, "Reyes", null, "MD",
                LocalDate.of(1979, 3, 9), "M", null, null, null, "1234567893", null, null, null, null, null, null,
                "jlee", null, ProviderStatus.ACTIVE)), setup);
        Payer acme = app.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14,
                "Wet signature on page 4", setup);
        enrollment = app.enrollments().start(id, acme.id(), "MA", null, EnrollmentStatus.GATHERING, setup);
        app.enrollments().move(enrollment.id(), EnrollmentStatus.SUBMITTED, TODAY.minusDays(20), "portal", setup);
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void aSubmittedEnrollmentGetsFollowUpsByKeyboardAndIsApproved(FxRobot robot) throws Exception {
        robot.clickOn("Enrollments");
        TableView<EnrollmentCard> table = robot.lookup("#enrollmentTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#enrollmentTable");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        TextField note = robot.lookup("#followUpNote").queryAs(TextField.class);
        waitUntil(note::isFocused);
        robot.write("Received");
        robot.type(KeyCode.ENTER);
        ListView<?> followUps = robot.lookup("#followUps").queryListView();
        waitUntil(() -> followUps.getItems().size() == 1);
        assertThat(note.getText()).isEmpty();

        ComboBox<EnrollmentStatus> moveTo = robot.lookup("#moveTo").queryComboBox();
        waitUntil(() -> moveTo.getItems().contains(EnrollmentStatus.IN_PROCESS));
        robot.interact(() -> moveTo.setValue(EnrollmentStatus.IN_PROCESS));
        robot.clickOn("#moveEnrollment");
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).facts().enrollment().status()
                == EnrollmentStatus.IN_PROCESS);
        robot.interact(() -> table.getSelectionModel().select(0));

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(note::isFocused);
        robot.write("In review");
        robot.clickOn("#followUpReference").write("REF-4471");
        robot.clickOn("#followUpNext").write("12/07/2026");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> followUps.getItems().size() == 2);
        assertThat(followUps.getItems().get(0).toString()).isNotBlank();
        assertThat(app.enrollments().board(org.creddesk.workflow.EnrollmentBoardFilter.all(), TODAY).get(0)
                .nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 7));

        robot.clickOn("#approveEffective").write("12/01/2026");
        robot.clickOn("#approvePayerId").write("ACME-88213");
        robot.clickOn("#approveEnrollment");
        Label notice = robot.lookup("#enrollmentNotice").queryAs(Label.class);
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).facts().enrollment().status()
                == EnrollmentStatus.APPROVED);
        assertThat(notice.getText()).contains("12/01/2026");
        assertThat(app.enrollments().history(enrollment.id())).extracting(t -> t.to()).containsExactly(
                EnrollmentStatus.GATHERING, EnrollmentStatus.SUBMITTED, EnrollmentStatus.IN_PROCESS,
                EnrollmentStatus.APPROVED);
        Enrollment approved = table.getItems().get(0).facts().enrollment();
        assertThat(approved.effectiveDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(approved.payerProviderId()).isEqualTo("ACME-88213");
        assertThat(table.getItems().get(0).facts().followUps()).hasSize(2);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
