package org.creddesk.ui.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.License;
import org.creddesk.domain.Progress;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.PayerKind;
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
 * Issue 15 item 3, in the real window: a provider with an open exclusion hit is flagged where people work (the
 * provider list, the enrollment board, the deadline list) until a person disposes of the hit. Fictitious people.
 */
@ExtendWith(ApplicationExtension.class)
class ExclusionFlagWindowTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;
    String hitId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    /** Two providers with enrollments; a list row with Marguerite's name only (a possible match) screened. */
    void screenedWithAnOpenHit() throws Exception {
        ProviderFile marguerite = provider("Marguerite", "Quillfeather", SyntheticProviders.npi(61), "VT");
        ProviderFile osric = provider("Osric", "Tamberlane", SyntheticProviders.npi(62), "NM");
        app.providerRepository().saveAll(List.of(marguerite, osric), app.manualChange());
        Path list = Files.writeString(dir.resolve("UPDATED.csv"), "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,"
                + "SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\r\n"
                + "QUILLFEATHER,MARGUERITE,,,IND- LIC HC SERV PRO,PHYSICIAN,,0000000000,,1 FICTION WAY,NOWHERE,NH,"
                + "00001,1128a1,20180612,00000000,00000000,\r\n", StandardCharsets.UTF_8);
        app.screening().importList(list, null, LocalDate.of(2026, 11, 20), app.manualChange(), Progress.NONE);
        hitId = app.screening().screenAll(app.manualChange(), Progress.NONE).hits().get(0).id();
        var payer = app.enrollments().savePayer(null, "Granite Mutual", PayerKind.COMMERCIAL, null, 60, 14, null,
                app.manualChange());
        app.enrollments().start(marguerite.id(), payer.id(), "VT", null, EnrollmentStatus.GATHERING, app.manualChange());
        app.enrollments().start(osric.id(), payer.id(), "NM", null, EnrollmentStatus.GATHERING, app.manualChange());
    }

    static ProviderFile provider(String first, String last, String npi, String state) {
        String id = Ids.newId();
        Provider p = new Provider(id, first, null, last, null, "MD", LocalDate.of(1970, 5, 5), null, null, null, null,
                npi, null, null, null, null, null, null, null, null, ProviderStatus.ACTIVE);
        // The license expires within 30 days, so it is on the deadline list's default window.
        return ProviderFile.of(p).withLicenses(List.of(new License(Ids.newId(), id, state, "MD", "L-" + npi,
                LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 10), "Active")));
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
        app.close();
    }

    /** The visible cells of {@code table} that carry the exclusion flag, as "text". */
    static Set<String> flagged(FxRobot robot, String table) {
        return robot.lookup(table + " .exclusion-flag").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getText() != null).map(TableCell::getText).collect(Collectors.toSet());
    }

    static Set<String> texts(FxRobot robot, String table) {
        return robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getText() != null).map(TableCell::getText).collect(Collectors.toSet());
    }

    @Test
    void anOpenHitIsFlaggedInTheProviderListTheBoardAndTheDeadlinesUntilItIsDisposedOf(FxRobot robot)
            throws Exception {
        screenedWithAnOpenHit();
        robot.clickOn("Deadlines");
        robot.clickOn("Providers");
        TableView<?> providers = robot.lookup("#providerTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> providers.getItems().size() == 2
                && !flagged(robot, "#providerTable").isEmpty());
        assertThat(flagged(robot, "#providerTable")).containsExactly("Active \u00b7 exclusion hit");
        assertThat(texts(robot, "#providerTable")).contains("Active", "Active \u00b7 exclusion hit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#providerTable .exclusion-flag").queryAllAs(TableCell.class))
                .filteredOn(c -> c.getText() != null).allSatisfy(c -> assertThat(c.getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n)
                                .getText()).toList()).as("shown whole, not elided").containsExactly(c.getText()));
        ShellWindowTestShots.snapshot(stage.getScene(), "providers-exclusion-flag.png");

        robot.clickOn("Enrollments");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !flagged(robot, "#enrollmentTable").isEmpty());
        assertThat(texts(robot, "#enrollmentTable")).contains("Exclusion hit (screening)");

        robot.clickOn("Deadlines");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !flagged(robot, "#deadlineTable").isEmpty());
        assertThat(flagged(robot, "#deadlineTable")).allSatisfy(t -> assertThat(t)
                .isEqualTo("Quillfeather, Marguerite \u00b7 exclusion hit"));
        assertThat(texts(robot, "#deadlineTable")).anySatisfy(t -> assertThat(t).startsWith("Tamberlane, Osric"));

        app.screening().dispose(hitId, Disposition.CONFIRMED, "Same license number on the OIG record",
                app.manualChange());
        robot.clickOn("Providers");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> flagged(robot, "#providerTable")
                .contains("Active \u00b7 excluded"));

        app.screening().dispose(hitId, Disposition.FALSE_POSITIVE, "NH board: a different person",
                app.manualChange());
        robot.clickOn("Deadlines");
        robot.clickOn("Providers");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> flagged(robot, "#providerTable").isEmpty()
                && texts(robot, "#providerTable").contains("Active"));
        robot.clickOn("Enrollments");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !texts(robot, "#enrollmentTable").isEmpty());
        assertThat(texts(robot, "#enrollmentTable")).doesNotContain("Exclusion hit (screening)");
    }
}
