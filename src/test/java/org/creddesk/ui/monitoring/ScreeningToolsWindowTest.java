package org.creddesk.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.sample.SyntheticProviders;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.creddesk.ui.shell.MainWindow;
import org.creddesk.ui.shell.ShellWindowTestShots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window: a coordinator imports a list file from the Screening screen (a wrong file first), which
 * screens everyone, then writes the month's monitoring report into a folder.
 */
@ExtendWith(ApplicationExtension.class)
class ScreeningToolsWindowTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;
    final ScriptedDesktopFiles files = new ScriptedDesktopFiles();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        app.providerRepository().saveAll(List.of(
                ReviewQueueFixture.provider("Dana", "Quayle", LocalDate.of(1971, 4, 9), SyntheticProviders.npi(31), "MA"),
                ReviewQueueFixture.provider("Jürgen", "Müller", LocalDate.of(1970, 3, 3), SyntheticProviders.npi(32),
                        "NY")), app.manualChange());
        MainWindow.show(stage, app, files);
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    @SuppressWarnings("unchecked")
    void importAListFromTheWindowThenWriteTheMonthlyReport(FxRobot robot) throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "Name,NPI\r\nA,1\r\n", StandardCharsets.UTF_8);
        Path updated = dir.resolve("UPDATED.csv");
        Files.writeString(updated, "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,"
                + "STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\r\n"
                + "QUAYLE,DANA,,,IND- LIC HC SERV PRO,NURSE/NURSES AIDE,,0000000000,19710409,1 FICTION WAY,NOWHERE,"
                + "MA,00001,1128b4,20190321,00000000,00000000,\r\n", StandardCharsets.UTF_8);

        robot.clickOn("Exclusion screening");
        Label message = robot.lookup("#importMessage").queryAs(Label.class);
        Button importNow = robot.lookup("#importAndScreen").queryButton();
        assertThat(importNow.isDisabled()).isTrue();

        files.choose(roster);
        robot.clickOn("#importList");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().contains("unknown header"));
        assertThat(message.getText()).contains("Expected the OIG LEIE columns LASTNAME,FIRSTNAME");
        assertThat(message.getStyleClass()).contains("field-error");
        assertThat(importNow.isDisabled()).isTrue();

        files.choose(updated);
        robot.clickOn("#importList");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().contains("full file"));
        assertThat(message.getText()).startsWith("OIG LEIE");
        DatePicker downloaded = robot.lookup("#listDownloadedOn").queryAs(DatePicker.class);
        assertThat(downloaded.getValue()).isEqualTo(LocalDate.of(2026, 11, 23));
        robot.interact(() -> downloaded.setValue(LocalDate.of(2026, 11, 20)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !importNow.isDisabled());
        robot.clickOn(importNow);

        TableView<ScreeningHit> hits = robot.lookup("#hitTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hits.getItems().size() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().startsWith("Imported UPDATED.csv"));
        assertThat(message.getText()).contains("Screened 2 providers: 1 hit, 1 new");
        assertThat(hits.getItems().get(0).providerName()).isEqualTo("Quayle, Dana");
        assertThat(app.screening().listVersions()).singleElement()
                .satisfies(v -> assertThat(v.downloadedOn()).isEqualTo(LocalDate.of(2026, 11, 20)));
        assertThat(app.screening().lastScreened(hits.getItems().get(0).providerId())).contains(LocalDate.of(2026, 11, 23));

        Path reports = dir.resolve("reports");
        files.folder(reports);
        robot.clickOn("#monthlyReport");
        Label reportMessage = robot.lookup("#reportMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> reportMessage.getText().contains("files written"));
        assertThat(reportMessage.getText()).startsWith("Report 2026-11: 5 files written to " + reports);
        assertThat(reports.resolve("monitoring-2026-11.pdf")).exists();
        assertThat(Files.readAllBytes(reports.resolve("monitoring-2026-11.pdf"))).startsWith("%PDF".getBytes());
        assertThat(reports.resolve("monitoring-2026-11.xlsx")).exists();
        ShellWindowTestShots.snapshot(stage.getScene(), "screening-tools.png");

        // The provider workspace says when the provider was last screened, what it found, and when next due.
        robot.clickOn("Providers");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Quayle, Dana").tryQuery().isPresent());
        robot.doubleClickOn("Quayle, Dana");
        Label status = robot.lookup("#screeningStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo("Exclusion screening: last screened 11/23/2026 (a hit waits for "
                + "review) · next due 12/31/2026");
        assertThat(status.getStyleClass()).contains("field-error");
        ShellWindowTestShots.snapshot(stage.getScene(), "provider-screening-status.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aListThatDoesNotLookWholeIsImportedOnlyWhenAPersonGivesAReason(FxRobot robot) throws Exception {
        byte[] whole = Files.readAllBytes(Path.of(getClass().getResource(
                "/monitoring/oig_leie_excl_supplements_2016-2023_business_rows.csv").toURI()));
        Path full = Files.write(Files.createDirectories(dir.resolve("nov")).resolve("UPDATED.csv"), whole);
        app.screening().importList(full, null, LocalDate.of(2026, 11, 2), app.manualChange(),
                org.creddesk.domain.Progress.NONE);
        Path cut = Files.write(Files.createDirectories(dir.resolve("dec")).resolve("UPDATED.csv"),
                java.util.Arrays.copyOf(whole, whole.length * 6 / 10));

        robot.clickOn("Exclusion screening");
        Label message = robot.lookup("#importMessage").queryAs(Label.class);
        Button importNow = robot.lookup("#importAndScreen").queryButton();
        files.choose(cut);
        robot.clickOn("#importList");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !importNow.isDisabled());
        robot.clickOn(importNow);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#suspectListDialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#suspectListDialog").queryAs(
                javafx.scene.control.DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("UPDATED.csv was not imported: it does not look like a whole list.");
        javafx.scene.layout.VBox concerns = robot.lookup("#suspectListConcerns").queryAs(
                javafx.scene.layout.VBox.class);
        assertThat(concerns.getChildren()).hasSize(2).allSatisfy(n -> assertThat(((Label) n).isWrapText()).isTrue());
        assertThat(((Label) concerns.getChildren().get(0)).getText()).startsWith("\u2022 the file looks cut short");
        Button anyway = (Button) dialog.lookup("#importAnyway");
        assertThat(anyway.isDisabled()).as("no reason yet").isTrue();
        ShellWindowTestShots.snapshot(dialog.getScene(), "screening-list-not-whole.png");

        // Cancel leaves everything as it was.
        robot.clickOn((Button) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#suspectListDialog").tryQuery().isEmpty());
        assertThat(message.getText()).startsWith("UPDATED.csv was not imported, nothing changed");
        assertThat(app.screening().listVersions()).hasSize(1);

        robot.clickOn(importNow);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#suspectListDialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane second = robot.lookup("#suspectListDialog").queryAs(
                javafx.scene.control.DialogPane.class);
        Button again = (Button) second.lookup("#importAnyway");
        javafx.scene.control.TextArea reason = (javafx.scene.control.TextArea) second.lookup("#suspectListReason");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, reason::isFocused);
        robot.interact(() -> reason.setText("   "));
        assertThat(again.isDisabled()).as("a blank reason is no reason").isTrue();
        robot.interact(() -> reason.setText("OIG trimmed the list"));
        assertThat(again.isDisabled()).isFalse();
        robot.clickOn(again);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().startsWith("Imported UPDATED.csv"));
        assertThat(message.getText()).contains("Imported as confirmed (OIG trimmed the list) although the file looks "
                + "cut short");
        assertThat(app.screening().listVersions()).hasSize(2);
    }
}
