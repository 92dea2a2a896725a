package org.creddesk.ui.credentialing;

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
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.RegistrationKind;
import org.creddesk.domain.WorkHistory;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.ItemStatus;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.domain.workflow.VerificationMethod;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.creddesk.ui.common.TestPdf;
import org.creddesk.ui.shell.MainWindow;
import org.creddesk.workflow.Blocker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window through a credentialing file: a checklist started from its template, items moved (a
 * waiver with its reason, a request, a document attached), a stale license verification that makes the committee's
 * approval refused with the reason, then a fresh verification and the approval recorded.
 */
@ExtendWith(ApplicationExtension.class)
class CredentialingWindowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ChangeContext setup = ChangeContext.manual("setup", "test");
    final ScriptedDesktopFiles files = new ScriptedDesktopFiles();
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
        Provider p = new Provider(providerId, "Nora", null, "Vance", null, "DO", LocalDate.of(1982, 4, 2), "F", null,
                null, null, "1234567893", "55501234", TODAY.minusDays(10), null, null, null, null, "jlee", null,
                ProviderStatus.ACTIVE);
        app.providerRepository().save(ProviderFile.of(p)
                .withLicenses(List.of(new License("lic", providerId, "MA", "MD", "003806", null, TODAY.plusDays(300),
                        "Active")))
                .withRegistrations(List.of(new DeaRegistration("dea", providerId, RegistrationKind.DEA, "AP5836727",
                        "MA", "2-5", null, TODAY.plusDays(400))))
                .withMalpracticePolicies(List.of(new MalpracticePolicy("mal", providerId, "MagMutual", "PL-9", null,
                        null, TODAY.minusYears(1), TODAY.plusYears(1))))
                .withWorkHistory(List.of(new WorkHistory("w1", providerId, "Mercy Clinic", null, null, null,
                        LocalDate.of(2018, 1, 1), LocalDate.of(2023, 12, 1), null), new WorkHistory("w2", providerId,
                        "Harbor Health", null, null, null, LocalDate.of(2024, 9, 1), null, null))), setup);
        for (VerificationElement e : List.of(VerificationElement.EDUCATION, VerificationElement.WORK_HISTORY,
                VerificationElement.MALPRACTICE_HISTORY, VerificationElement.SANCTIONS, VerificationElement.DEA_CDS)) {
            app.decisions().recordVerification(new Verification(app.providers().newId(), providerId, e,
                    e == VerificationElement.DEA_CDS ? "dea" : null, "Primary source", VerificationMethod.WEB,
                    TODAY.minusDays(5), "setup", null, "clear"), setup);
        }
        MainWindow.show(stage, app, files);
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void aChecklistFromStartToADecisionRefusedForAStaleVerificationThenAccepted(FxRobot robot) throws Exception {
        robot.clickOn("#providerSearch").write("Vance");
        waitUntil(() -> robot.lookup("#providerTable").queryTableView().getItems().size() == 1
                && robot.lookup("#providerTable").queryTableView().getItems().get(0) != null);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#workspaceTitle").queryAs(Label.class).getText().startsWith("Vance"));

        section(robot, "Checklist");
        ComboBox<ChecklistTemplate> template = robot.lookup("#checklistTemplate").queryComboBox();
        waitUntil(() -> template.getValue() != null);
        assertThat(template.getValue().name()).isEqualTo("Initial credentialing");
        robot.clickOn("#plannedCommittee").write("12/07/2026");
        robot.clickOn("#startChecklist");
        TableView<ChecklistItem> items = robot.lookup("#checklistItems").queryTableView();
        waitUntil(() -> !items.getItems().isEmpty());
        Label progress = robot.lookup("#workspaceProgress").queryAs(Label.class);
        waitUntil(() -> progress.getText().matches("0 of \\d+ required"));
        String required = progress.getText().replaceAll("0 of (\\d+) required", "$1");

        select(robot, items, "Board certification verification");
        robot.clickOn("#itemWaive");
        waitUntil(() -> robot.lookup("#waiveReason").tryQuery().isPresent());
        robot.clickOn("#waiveReason").write("Not board certified");
        robot.clickOn("OK");
        waitUntil(() -> item(items, "Board certification verification").status() == ItemStatus.WAIVED);
        waitUntil(() -> progress.getText().equals("1 of " + required + " required"));

        select(robot, items, "Curriculum vitae");
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        waitUntil(() -> item(items, "Curriculum vitae").status() == ItemStatus.REQUESTED);
        files.choose(TestPdf.write(dir.resolve("nora-vance-cv.pdf")));
        select(robot, items, "Curriculum vitae");
        robot.clickOn("#itemAttach");
        waitUntil(() -> item(items, "Curriculum vitae").status() == ItemStatus.RECEIVED);
        assertThat(app.providers().load(providerId).orElseThrow().documents())
                .singleElement().satisfies(d -> assertThat(d.fileName()).isEqualTo("nora-vance-cv.pdf"));
        snapshot("credentialing-checklist.png");

        select(robot, items, "License verification: MA license 003806");
        robot.clickOn("#itemRecordVerification");
        waitUntil(() -> robot.lookup("#verificationSource").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#verificationElement").queryComboBox().getValue())
                .isEqualTo(VerificationElement.LICENSE);
        assertThat(robot.lookup("#verificationCredential").queryComboBox().getValue().toString())
                .isEqualTo("License MA 003806");
        recordLicenseVerification(robot, TODAY.minusDays(130), "MA board lookup: Active");

        section(robot, "Decision & work history");
        TextField committee = robot.lookup("#decisionCommittee").queryAs(TextField.class);
        assertThat(committee.getText()).isEqualTo("12/07/2026");
        ListView<?> gaps = robot.lookup("#workHistoryGaps").queryListView();
        assertThat(gaps.getItems()).singleElement().satisfies(g -> assertThat(g.toString())
                .contains("2024-01").contains("2024-08"));
        robot.clickOn("#recordDecision");
        ListView<String> refusal = robot.lookup("#decisionRefusal").queryListView();
        waitUntil(() -> !refusal.getItems().isEmpty());
        assertThat(refusal.getItems()).containsExactly("License verification: MA license 003806 was verified "
                + org.creddesk.domain.ShownDates.format(TODAY.minusDays(130)) + ", 130 days before " + org.creddesk.domain.ShownDates.format(TODAY)
                + "; at most 120 days are allowed");
        assertThat(robot.lookup("#decisionNotice").queryAs(Label.class).getText()).startsWith("Approve refused");
        assertThat(app.decisions().decisions(providerId)).isEmpty();
        snapshot("credentialing-decision-refused.png");

        section(robot, "What blocks this file?");
        ListView<Blocker> blockers = robot.lookup("#fileBlockers").queryListView();
        waitUntil(() -> blockers.getItems().stream().anyMatch(b -> b.category() == Blocker.Category.VERIFICATION_STALE));
        assertThat(blockers.getItems()).extracting(Blocker::category).isSorted();
        snapshot("credentialing-blocks.png");

        section(robot, "Verifications");
        recordLicenseVerification(robot, TODAY, "MA board lookup: Active, expires 09/19/2027");
        section(robot, "Decision & work history");
        robot.clickOn("#recordDecision");
        Label notice = robot.lookup("#decisionNotice").queryAs(Label.class);
        waitUntil(() -> notice.getText().equals("Approve recorded for 11/23/2026"));
        assertThat(refusal.getItems()).isEmpty();
        waitUntil(() -> robot.lookup("#decisionList").queryListView().getItems().size() == 1);
        assertThat(app.decisions().decisions(providerId)).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.APPROVE));
        assertThat(app.checklists().forProvider(providerId)).singleElement()
                .satisfies(c -> assertThat(c.closedOn()).isEqualTo(TODAY));
        waitUntil(() -> progress.getText().isEmpty());

        // the practitioner is told within 30 days: the line says when it is due until the notice is recorded
        ListView<CredentialingDecision> made = robot.lookup("#decisionList").queryListView();
        robot.interact(() -> made.getSelectionModel().select(0));
        assertThat(cellText(robot, "#decisionList")).contains("notice due 12/23/2026");
        fill(robot, "#noticeMethod", "letter");
        robot.clickOn("#recordNotice");
        waitUntil(() -> app.decisions().decisions(providerId).get(0).noticeSentOn() != null);
        waitUntil(() -> cellText(robot, "#decisionList").contains("notice sent 11/23/2026 by letter"));
        snapshot("credentialing-decision-notice.png");
    }

    private static String cellText(FxRobot robot, String list) {
        return robot.lookup(list + " .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    private void recordLicenseVerification(FxRobot robot, LocalDate on, String seen) throws TimeoutException {
        int before = robot.lookup("#verificationTable").queryTableView().getItems().size();
        fill(robot, "#verificationSource", "Massachusetts Board of Registration in Medicine");
        fill(robot, "#verificationDate", org.creddesk.ui.common.DateText.format(on));
        fill(robot, "#verificationValueSeen", seen);
        robot.clickOn("#recordVerification");
        waitUntil(() -> robot.lookup("#verificationTable").queryTableView().getItems().size() == before + 1);
    }

    private static void section(FxRobot robot, String title) {
        Node cell = robot.lookup(".section-list .list-cell")
                .match((Node n) -> n instanceof Labeled l && title.equals(l.getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void select(FxRobot robot, TableView<ChecklistItem> items, String label) throws TimeoutException {
        robot.interact(() -> {
            ChecklistItem i = item(items, label);
            items.getSelectionModel().select(i);
            items.scrollTo(i);
            items.requestFocus();
        });
    }

    private static ChecklistItem item(TableView<ChecklistItem> items, String label) {
        return items.getItems().stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow();
    }

    private static void fill(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    private void snapshot(String name) throws IOException, TimeoutException {
        org.creddesk.ui.Screenshots.write(stage, name);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
