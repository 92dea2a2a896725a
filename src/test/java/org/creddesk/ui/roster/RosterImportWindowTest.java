package org.creddesk.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.roster.Resolutions;
import org.creddesk.roster.RosterFile;
import org.creddesk.roster.RowOutcome;
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

/** Drives the real window: open a roster, check the mapping, preview, resolve a conflict, apply. */
@ExtendWith(ApplicationExtension.class)
class RosterImportWindowTest {
    static final String NPI = "1234567893";
    static final String HEADER = "NPI,Last Name,First Name,Degree\n";

    @TempDir
    static Path dir;
    final RosterImportViewModelTest.TestableClock clock = new RosterImportViewModelTest.TestableClock();
    AppContext app;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk-" + java.util.UUID.randomUUID() + ".db"), clock);
        try (RosterFile march = app.rosterImporter().open(csv("march.csv", HEADER + NPI + ",Müller,Anna,MD\n"), null,
                null)) {
            march.useSource("Acme");
            app.rosterImporter().apply(march, Resolutions.KEEP_ALL, Progress.NONE);
        }
        clock.advance();
        ProviderFile f = app.providers().findByNpi(NPI).orElseThrow();
        Provider p = f.provider();
        app.providerRepository().save(f.withProvider(new Provider(p.id(), p.firstName(), p.middleName(), p.lastName(),
                p.suffix(), "PhD", p.dateOfBirth(), p.gender(), p.languages(), p.email(), p.phone(), p.npi(),
                p.caqhId(), p.caqhAttestedOn(), p.medicarePtan(), p.groupNpi(), p.tin(), p.upin(), p.coordinator(),
                p.attestationSignedOn(), p.status())), app.manualChange());
        clock.advance();
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    static Path csv(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void openPreviewResolveTheConflictAndApply(FxRobot robot) throws Exception {
        Path broken = csv("broken.xlsx", "%PDF-1.4\n");
        Path april = csv("april.csv", HEADER + NPI + ",Müller,Anna,DO\n1234567890,Bad,Digit,MD\n");
        robot.clickOn("Roster import");
        robot.clickOn("#rosterFile").write(broken.toString());
        robot.clickOn("#rosterOpen");
        Label error = robot.lookup("#rosterError").queryAs(Label.class);
        waitUntil(() -> error.getText() != null && error.getText().contains("is a PDF"));

        TextField file = robot.lookup("#rosterFile").queryAs(TextField.class);
        robot.interact(file::clear);
        robot.clickOn(file).write(april.toString());
        robot.clickOn("#rosterOpen");
        waitUntil(() -> robot.lookup("#rosterMapping").queryAs(TableView.class).getItems().size() == 4);
        assertThat(robot.lookup("#rosterMapping").query().isVisible()).isTrue();
        TextField source = robot.lookup("#rosterSource").queryAs(TextField.class);
        robot.interact(source::clear);
        robot.clickOn(source).write("Acme");

        robot.clickOn("#rosterPreview");
        Label summary = robot.lookup("#rosterSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("0 new, 0 changed, 0 unchanged, 1 rejected, 1 conflict,"));
        @SuppressWarnings("unchecked")
        TableView<RowOutcome> rows = robot.lookup("#rosterRows").queryAs(TableView.class);
        assertThat(rows.getItems()).extracting(RowOutcome::row).containsExactly(2, 3);
        org.creddesk.ui.Screenshots.write(stage, "roster-preview.png");

        robot.clickOn("Conflicts");
        @SuppressWarnings("unchecked")
        TableView<ConflictChoice> conflicts = robot.lookup("#rosterConflicts").queryAs(TableView.class);
        waitUntil(() -> conflicts.getItems().size() == 1);
        assertThat(conflicts.getItems().get(0).conflict().current()).isEqualTo("PhD");
        // the person clicks the decision cell, opens its list and picks the roster's value
        Node decision = robot.from(conflicts).lookup(".table-cell").match(
                (Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c && "Keep current".equals(c.getText()))
                .query();
        robot.clickOn(decision).clickOn(decision);
        waitUntil(() -> robot.from(conflicts).lookup(".choice-box").tryQuery().isPresent());
        robot.clickOn(robot.from(conflicts).lookup(".choice-box").queryAs(Node.class));
        robot.clickOn("Take incoming");
        waitUntil(() -> conflicts.getItems().get(0).decisionProperty().get() == ConflictChoice.Decision.TAKE_INCOMING);
        org.creddesk.ui.Screenshots.write(stage, "roster-conflicts.png");

        robot.clickOn("#rosterApply");
        waitUntil(() -> "DO".equals(app.providers().findByNpi(NPI).orElseThrow().provider().degree()));
        assertThat(app.rosterImporter().imports()).hasSize(2);
        // issue 15 item 1: the outcome is said, Apply is spent, Undo is offered
        waitUntil(() -> summary.getText().startsWith("Applied: 0 added, 1 updated"));
        assertThat(summary.getText()).contains("0 kept as yours, 1 took the roster's value");
        assertThat(robot.lookup("#rosterApply").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#rosterUndo").queryButton().isDisabled()).isFalse();
        org.creddesk.ui.Screenshots.write(stage, "roster-applied.png");
    }

    @Test
    void applyCountsTheNewProvidersAndUndoPutsTheStoreBack(FxRobot robot) throws Exception {
        Path may = csv("may.csv", HEADER + "1245319599,Ortega,Luis,MD\n,Nobody,Known,MD\n");
        robot.clickOn("Providers");
        Label count = robot.lookup("#providerCount").queryAs(Label.class);
        waitUntil(() -> count.getText().startsWith("1 "));
        robot.clickOn("Roster import");
        robot.clickOn("#rosterFile").write(may.toString());
        robot.clickOn("#rosterOpen");
        waitUntil(() -> robot.lookup("#rosterPreview").queryButton().isDisabled() == false);
        robot.clickOn("#rosterPreview");
        Label summary = robot.lookup("#rosterSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("1 new, 0 changed, 0 unchanged, 1 rejected"));
        @SuppressWarnings("unchecked")
        TableView<RowOutcome> rows = robot.lookup("#rosterRows").queryAs(TableView.class);
        // issue 15 item 2: the rejected row shows its own name although it has no NPI
        assertThat(rows.getItems()).filteredOn(o -> o.row() == 3).singleElement()
                .satisfies(o -> assertThat(o.name()).isEqualTo("Nobody, Known"));

        robot.clickOn("#rosterApply");
        waitUntil(() -> summary.getText().startsWith("Applied: 1 added"));
        waitUntil(() -> count.getText().startsWith("2 "));
        assertThat(robot.lookup("#rosterApply").queryButton().isDisabled()).isTrue();

        robot.clickOn("#rosterUndo");
        Label notice = robot.lookup("#rosterNotice").queryAs(Label.class);
        waitUntil(notice::isVisible);
        waitUntil(() -> count.getText().startsWith("1 "));
        assertThat(app.providers().findByNpi("1245319599")).isEmpty();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
