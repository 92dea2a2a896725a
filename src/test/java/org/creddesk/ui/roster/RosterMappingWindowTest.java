package org.creddesk.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.roster.RosterField;
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

/** Drives the real window with a layout it has never seen: the proposal, confident fields filled, guesses marked. */
@ExtendWith(ApplicationExtension.class)
class RosterMappingWindowTest {
    static final String ROSTER = "Delegated roster - Acme IPA\n\n"
            + "Prov ID,Prov Last Nm,Prov First Nm,Lic St,Lic Exp Dt,Notes\n"
            + "1234567893,Müller,Anna,OH,03/31/2027,new\n"
            + "1679576722,Nguyen,Minh,TX,2027-06-30,\n"
            + "1003000126,O'Brien,Kate,MA,15-Jan-2028,moved\n";

    @TempDir
    static Path dir;
    AppContext app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"), new RosterImportViewModelTest.TestableClock());
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void theProposalIsShownWithItsEvidenceAndTheGuessWaitsForThePerson(FxRobot robot) throws Exception {
        Path file = dir.resolve("acme-ipa.csv");
        Files.writeString(file, ROSTER, StandardCharsets.UTF_8);
        robot.clickOn("Roster import");
        robot.clickOn("#rosterFile").write(file.toString());
        robot.clickOn("#rosterOpen");
        @SuppressWarnings("unchecked")
        TableView<ColumnChoice> mapping = robot.lookup("#rosterMapping").queryAs(TableView.class);
        waitUntil(() -> mapping.getItems().size() == 6);

        assertThat(mapping.getItems()).extracting(c -> c.fieldProperty().get()).containsExactly(null,
                RosterField.LAST_NAME, RosterField.FIRST_NAME, RosterField.LICENSE_STATE, RosterField.LICENSE_EXPIRES,
                null);
        ColumnChoice id = mapping.getItems().get(0);
        assertThat(id.doubtfulProperty().get()).isTrue();
        assertThat(mapping.getItems().get(5).doubtfulProperty().get()).isFalse();
        Label note = robot.lookup("#rosterDoubtful").queryAs(Label.class);
        assertThat(note.getText()).isEqualTo("1 column is a guess: check them");
        assertThat(markedRows(robot)).isEqualTo(1);
        assertThat(shown(robot, "Maybe NPI? values: 1234567893, 1679576722, 1003000126 (3 of 3 pass the NPI check)"))
                .isTrue();
        assertThat(mapping.getItems().get(4).evidence()).isEqualTo("header words: license, expiration; values: "
                + "03/31/2027, 2027-06-30, 15-Jan-2028 (3 of 3 are dates)");
        assertThat(shown(robot, mapping.getItems().get(4).evidence())).isTrue();
        assertThat(robot.lookup("#rosterPreview").query().isDisabled()).isTrue();
        org.creddesk.ui.Screenshots.write(stage, "roster-mapping.png");

        robot.clickOn("#rosterAcceptSuggestions");
        waitUntil(() -> id.fieldProperty().get() == RosterField.NPI);
        assertThat(note.getText()).isEmpty();
        assertThat(markedRows(robot)).isZero();
        robot.clickOn("#rosterPreview");
        Label summary = robot.lookup("#rosterSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("3 new, 0 changed, 0 unchanged, 0 rejected"));
    }

    /** A cell of the mapping table shows exactly this text. */
    private static boolean shown(FxRobot robot, String text) {
        return robot.lookup("#rosterMapping .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && text.equals(c.getText()));
    }

    /** Rows drawn with the "doubtful" mark (the pseudo-class the style sheet colours amber). */
    private static long markedRows(FxRobot robot) {
        javafx.css.PseudoClass doubtful = javafx.css.PseudoClass.getPseudoClass("doubtful");
        return robot.lookup("#rosterMapping .table-row-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(doubtful)).count();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
