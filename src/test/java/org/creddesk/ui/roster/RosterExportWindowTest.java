package org.creddesk.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.roster.Resolutions;
import org.creddesk.roster.RosterFile;
import org.creddesk.roster.SheetRow;
import org.creddesk.roster.SpreadsheetFiles;
import org.creddesk.store.LaterEdit;
import org.creddesk.store.RosterImportRecord;
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

/** Drives the real window: export one group's roster to xlsx, then undo an import edited since, keeping the edit. */
@ExtendWith(ApplicationExtension.class)
class RosterExportWindowTest {
    static final String MULLER = "1234567893";
    static final String NGUYEN = "1679576722";

    @TempDir
    static Path dir;
    final RosterImportViewModelTest.TestableClock clock = new RosterImportViewModelTest.TestableClock();
    final ScriptedDesktopFiles files = new ScriptedDesktopFiles();
    AppContext app;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"), clock);
        Path roster = dir.resolve("acme.csv");
        Files.writeString(roster, "NPI,Last Name,First Name,Degree,TIN\n" + MULLER + ",Müller,Anna,MD,12-3456789\n"
                + NGUYEN + ",Nguyễn,Minh,DO,98-7654321\n", StandardCharsets.UTF_8);
        try (RosterFile f = app.rosterImporter().open(roster, null, null)) {
            f.useSource("Acme");
            app.rosterImporter().apply(f, Resolutions.KEEP_ALL, Progress.NONE);
        }
        clock.advance();
        ProviderFile f = app.providers().findByNpi(MULLER).orElseThrow();
        Provider p = f.provider();
        app.providerRepository().save(f.withProvider(new Provider(p.id(), p.firstName(), p.middleName(), p.lastName(),
                p.suffix(), "PhD", p.dateOfBirth(), p.gender(), p.languages(), p.email(), p.phone(), p.npi(),
                p.caqhId(), p.caqhAttestedOn(), p.medicarePtan(), p.groupNpi(), p.tin(), p.upin(), p.coordinator(),
                p.attestationSignedOn(), p.status())), app.manualChange());
        clock.advance();
        MainWindow.show(stage, app, files);
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void exportAGroupThenUndoAnImportKeepingTheEditMadeSince(FxRobot robot) throws Exception {
        robot.clickOn("Roster export");
        @SuppressWarnings("unchecked")
        TableView<RosterImportRecord> imports = robot.lookup("#rosterImports").queryAs(TableView.class);
        waitUntil(() -> imports.getItems().size() == 1);

        robot.clickOn("#exportScope").clickOn("One group (group NPI or TIN)");
        Label problem = robot.lookup("#exportProblem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("Type the group NPI or TIN.");
        robot.clickOn("#exportValue").write("12-3456789");
        assertThat(problem.getText()).isNull();
        Path out = dir.resolve("group.xlsx");
        files.saveTo(out);
        robot.clickOn("#exportWrite");
        Label result = robot.lookup("#exportResult").queryAs(Label.class);
        waitUntil(() -> "1 row written to group.xlsx".equals(result.getText()));
        List<SheetRow> rows = new ArrayList<>();
        SpreadsheetFiles.open(out).read(SpreadsheetFiles.open(out).sheetNames().get(0), rows::add);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).contains(MULLER).doesNotContain(NGUYEN);

        robot.interact(() -> imports.getSelectionModel().select(0));
        robot.clickOn("#rosterHistoryUndo");
        waitUntil(() -> robot.lookup("#laterEdits").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<RosterExportViewModel.LaterEditLine> edits = robot.lookup("#laterEdits").queryAs(TableView.class);
        assertThat(edits.getItems()).singleElement().satisfies(line -> {
            assertThat(line.provider()).isEqualTo("Müller, Anna, PhD (NPI 1234567893)");
            assertThat(line.field()).isEqualTo("Provider · Degree");
            LaterEdit e = line.edit();
            assertThat(e.field()).isEqualTo("degree");
            assertThat(e.importValue()).isEqualTo("MD");
            assertThat(e.currentValue()).isEqualTo("PhD");
        });
        snapshot(edits.getScene(), "roster-undo-later-edits.png");
        robot.clickOn("Undo, keep these edits");

        waitUntil(() -> app.rosterImporter().imports().get(0).undoneAt() != null);
        waitUntil(() -> imports.getItems().get(0).undoneAt() != null);
        assertThat(app.providers().findByNpi(MULLER)).as("created by the import, edited since: kept")
                .hasValueSatisfying(f -> assertThat(f.provider().degree()).isEqualTo("PhD"));
        assertThat(app.providers().findByNpi(NGUYEN)).as("untouched since the import: removed").isEmpty();
        snapshot(stage.getScene(), "roster-export.png");
    }

    private static void snapshot(javafx.scene.Scene scene, String name) throws Exception {
        org.creddesk.ui.Screenshots.write(scene, name);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
