package org.creddesk.ui.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.Payer;
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
 * Drives the real window: a payer added in "Payers…", an enrollment created from the board by keyboard (Ctrl+Shift+N,
 * the provider found by name, the state taken from the practice location), seen on the board and in the provider's
 * Enrollments section, and back to its board card with Enter.
 */
@ExtendWith(ApplicationExtension.class)
class EnrollmentCreationWindowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;
    String providerId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        providerId = app.providers().newId();
        app.providerRepository().save(ProviderFile.of(new Provider(providerId, "Omar", null, "Reyes", null, "MD",
                LocalDate.of(1979, 3, 9), "M", null, null, null, "1234567893", null, null, null, null, null, null,
                "jlee", null, ProviderStatus.ACTIVE)).withLocations(List.of(new PracticeLocation("loc", providerId,
                "Harbor Clinic", "1 Main St", "Boston", "MA", "02110", null, null, null, true, true))),
                ChangeContext.manual("setup", "test"));
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void aPayerAndAnEnrollmentAreCreatedInTheWindowAndShowOnTheBoardAndTheProvider(FxRobot robot) throws Exception {
        robot.clickOn("Enrollments");
        robot.clickOn("#editPayers");
        waitUntil(() -> robot.lookup("#payerName").tryQuery().isPresent());
        robot.clickOn("#payerName").write("Bay State Health");
        fill(robot, "#payerTypicalDays", "0");
        Label typicalError = robot.lookup("#payerTypicalDays").queryAs(Node.class).getParent()
                .getChildrenUnmodifiable().stream().filter(n -> n instanceof Label l && l.getStyleClass()
                        .contains("field-error") && l.isVisible()).map(Label.class::cast).findFirst().orElseThrow();
        assertThat(typicalError.getText()).isEqualTo("'0' is not a number of days from 1 to 3650.");
        assertThat(robot.lookup("#savePayer").queryButton().isDisabled()).isTrue();
        fill(robot, "#payerTypicalDays", "45");
        fill(robot, "#payerCadenceDays", "14");
        fill(robot, "#payerNotes", "Wet signature on page 3; CAQH must be re-attested first");
        robot.clickOn("#savePayer");
        waitUntil(() -> robot.lookup("#payerList").queryListView().getItems().stream()
                .anyMatch(p -> ((Payer) p).name().equals("Bay State Health")));
        snapshot(robot.lookup("#payersDialog").query().getScene(), "enrollment-payers.png");
        assertThat(app.enrollments().payerNamed("Bay State Health").notes()).startsWith("Wet signature");
        robot.clickOn("Close");

        robot.clickOn("#enrollmentTable");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#newEnrollmentSearch").tryQuery().map(Node::isFocused).orElse(false));
        robot.clickOn("#newEnrollmentSearch").write("Reyes");
        ListView<?> matches = robot.lookup("#newEnrollmentMatches").queryListView();
        waitUntil(() -> matches.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        TextField state = robot.lookup("#newEnrollmentState").queryAs(TextField.class);
        waitUntil(() -> "MA".equals(state.getText()));
        ComboBox<Payer> payer = robot.lookup("#newEnrollmentPayer").queryComboBox();
        waitUntil(() -> payer.getItems().stream().anyMatch(p -> p.name().equals("Bay State Health")));
        robot.interact(() -> payer.setValue(payer.getItems().stream()
                .filter(p -> p.name().equals("Bay State Health")).findFirst().orElseThrow()));
        ComboBox<EnrollmentStatus> status = robot.lookup("#newEnrollmentStatus").queryComboBox();
        robot.interact(() -> status.setValue(EnrollmentStatus.SUBMITTED));
        fill(robot, "#newEnrollmentSubmitted", "11/02/2026");
        snapshot(robot.lookup("#newEnrollmentDialog").query().getScene(), "enrollment-new.png");
        robot.clickOn("#createEnrollment");

        TableView<EnrollmentCard> board = robot.lookup("#enrollmentTable").queryTableView();
        waitUntil(() -> board.getItems().size() == 1 && board.getSelectionModel().getSelectedItem() != null);
        EnrollmentCard card = board.getSelectionModel().getSelectedItem();
        assertThat(card.providerName()).isEqualTo("Reyes, Omar, MD");
        assertThat(card.facts().payer().name()).isEqualTo("Bay State Health");
        assertThat(card.facts().enrollment().state()).isEqualTo("MA");
        assertThat(card.facts().enrollment().submittedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(card.expectedDecision()).isEqualTo(LocalDate.of(2026, 12, 17));
        snapshot(stage.getScene(), "enrollment-board.png");

        robot.clickOn("Providers");
        robot.clickOn("#providerSearch").write("Reyes");
        waitUntil(() -> robot.lookup("#providerTable").queryTableView().getItems().size() == 1
                && robot.lookup("#providerTable").queryTableView().getItems().get(0) != null);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#workspaceTitle").queryAs(Label.class).getText().startsWith("Reyes"));
        Node section = robot.lookup(".section-list .list-cell")
                .match((Node n) -> n instanceof Labeled l && "Enrollments".equals(l.getText())).query();
        robot.clickOn(section);
        TableView<EnrollmentCard> mine = robot.lookup("#providerEnrollments").queryTableView();
        waitUntil(() -> mine.getItems().size() == 1);
        assertThat(mine.getItems().get(0).facts().enrollment().id()).isEqualTo(card.facts().enrollment().id());
        snapshot(stage.getScene(), "enrollment-provider-section.png");

        robot.interact(() -> {
            mine.getSelectionModel().select(0);
            mine.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> board.getScene() != null && board.getSelectionModel().getSelectedItem() != null
                && board.isVisible() && board.getSelectionModel().getSelectedItem().facts().enrollment().id()
                .equals(card.facts().enrollment().id()));
    }

    private static void fill(FxRobot robot, String id, String text) {
        javafx.scene.control.TextInputControl field = robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    private static void snapshot(Scene scene, String name) throws IOException, TimeoutException {
        org.creddesk.ui.Screenshots.write(scene, name);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
