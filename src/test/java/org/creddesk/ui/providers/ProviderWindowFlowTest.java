package org.creddesk.ui.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.creddesk.ui.Screenshots;
import org.creddesk.ui.common.TestPdf;
import org.creddesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: a coordinator creates a provider, fixes a bad NPI, saves, finds, attaches, reads history. */
@ExtendWith(ApplicationExtension.class)
class ProviderWindowFlowTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;
    ScriptedDesktopFiles files = new ScriptedDesktopFiles();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        MainWindow.show(stage, app, files);
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void createFixSaveFindAttachAndReadHistory(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#workspace").tryQuery().map(Node::isVisible).orElse(false));
        fill(robot, "#field-lastName", "Quillfeather");
        fill(robot, "#field-firstName", "Ada");
        robot.clickOn("Identifiers");
        robot.clickOn("#field-npi").write("1234567890");
        Button save = robot.lookup("#saveProvider").queryButton();
        assertThat(errorBeside(robot, "#field-npi")).contains("check digit");
        assertThat(save.isDisabled()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Label notice = robot.lookup("#workspaceNotice").queryAs(Label.class);
        waitUntil(() -> notice.getText().startsWith("Not saved"));
        assertThat(app.providers().count("Quillfeather", true)).isZero();
        robot.clickOn("Personal data");
        assertThat(robot.lookup("#field-lastName").queryAs(TextField.class).getText()).isEqualTo("Quillfeather");
        robot.clickOn("Identifiers");

        TextField npi = robot.lookup("#field-npi").queryAs(TextField.class);
        robot.clickOn(npi).eraseText(1).write("3");
        assertThat(npi.getText()).isEqualTo("1234567893");
        waitUntil(() -> !save.isDisabled());
        assertThat(errorBeside(robot, "#field-npi")).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> "Saved.".equals(notice.getText()));
        ProviderFile saved = app.providers().findByNpi("1234567893").orElseThrow();
        assertThat(saved.provider().lastName()).isEqualTo("Quillfeather");

        Path pdf = TestPdf.write(dir.resolve("license-copy.pdf"));
        files.choose(pdf);
        robot.clickOn("Documents");
        fill(robot, "#documentType", "License copy");
        robot.clickOn("#attachDocument");
        TableView<?> documents = robot.lookup("#documentsTable").queryAs(TableView.class);
        waitUntil(() -> documents.getItems().size() == 1);
        assertThat(app.providers().load(saved.id()).orElseThrow().documents())
                .singleElement().satisfies(d -> assertThat(d.fileName()).isEqualTo("license-copy.pdf"));

        robot.clickOn("History");
        TableView<?> history = robot.lookup("#historyTable").queryAs(TableView.class);
        waitUntil(() -> history.getItems().stream().anyMatch(r -> r instanceof HistoryModel.Row row
                && row.field().equals("npi") && "1234567893".equals(row.newValue())));
        assertThat(history.getItems()).anySatisfy(r -> assertThat(((HistoryModel.Row) r).field()).isEqualTo("fileName"));

        robot.clickOn("#backToList");
        fill(robot, "#providerSearch", "Quillf");
        TableView<?> list = robot.lookup("#providerTable").queryAs(TableView.class);
        waitUntil(() -> list.getItems().size() == 1 && list.getItems().get(0) != null);
        assertThat(((ProviderSummary) list.getItems().get(0)).npi()).isEqualTo("1234567893");
    }

    @Test
    void ctrlKJumpsToAProviderByNpi(FxRobot robot) throws Exception {
        app.providerRepository().saveAll(org.creddesk.sample.SyntheticProviders.generate(0, 60,
                java.time.LocalDate.now(CLOCK), CLOCK), app.manualChange());
        ProviderSummary target = app.providers().search("", false, org.creddesk.store.ProviderSort.NPI, 42, 1).get(0);
        Label title = openByPalette(robot, target);
        waitUntil(() -> title.getText().startsWith(target.lastName() + ", " + target.firstName()));
        robot.clickOn("Identifiers");
        assertThat(robot.lookup("#field-npi").queryAs(TextField.class).getText()).isEqualTo(target.npi());
    }

    @Test
    void leavingWithUnsavedChangesOffersSaveAsTheDefaultAndDiscardAsTheOtherChoice(FxRobot robot) throws Exception {
        app.providerRepository().saveAll(org.creddesk.sample.SyntheticProviders.generate(0, 3,
                java.time.LocalDate.now(CLOCK), CLOCK), app.manualChange());
        ProviderSummary target = app.providers().search("", false, org.creddesk.store.ProviderSort.NPI, 0, 1).get(0);
        Label title = openByPalette(robot, target);
        waitUntil(() -> title.getText().startsWith(target.lastName()));
        fill(robot, "#field-lastName", "Ashcombe");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#discardDialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#discardDialog").queryAs(javafx.scene.control.DialogPane.class);
        Button byDefault = dialog.getButtonTypes().stream().map(t -> (Button) dialog.lookupButton(t))
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        assertThat(byDefault.getText()).isEqualTo("Save");
        assertThat(dialog.getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText)
                .contains("Save", "Discard changes", "Cancel");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> app.providers().load(target.id()).orElseThrow().provider().lastName().equals("Ashcombe"));
        assertThat(robot.lookup("#workspace").queryAs(Node.class).isVisible()).as("still on the file").isTrue();

        fill(robot, "#field-lastName", "Ashcombe-Reyes");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#discardDialog").tryQuery().isPresent());
        robot.clickOn("Discard changes");
        waitUntil(() -> robot.lookup("#workspace").tryQuery().map(n -> !n.isVisible() || n.getScene() == null)
                .orElse(true));
        assertThat(app.providers().load(target.id()).orElseThrow().provider().lastName()).isEqualTo("Ashcombe");
    }

    /**
     * With NUCC's code set imported, the specialties table shows its words beside each code and warns of a code
     * it does not list (the file still saves); a claim is added by keyboard (Insert, typing, Enter) with its date
     * and amount checked beside the fields; the malpractice-history verification lists the claims of its window.
     */
    @Test
    void specialtiesCarryTheCodeSetsWordsAndClaimsAreKeptAndVerified(FxRobot robot) throws Exception {
        Path nucc = dir.resolve("nucc_taxonomy_251.csv");
        try (java.io.InputStream in = getClass().getResourceAsStream("/taxonomy/nucc_taxonomy_251.csv")) {
            java.nio.file.Files.copy(in, nucc);
        }
        app.taxonomy().importFile(nucc, null, false, app.manualChange());
        String id = app.providers().newId();
        ProviderFile file = ProviderFile.of(new org.creddesk.domain.Provider(id, "Sam", null, "Brightwater", null,
                "MD", null, null, null, null, null, "1679576722", null, null, null, null, null, null, null, null,
                org.creddesk.domain.ProviderStatus.ACTIVE)).withTaxonomies(java.util.List.of(
                new org.creddesk.domain.ProviderTaxonomy(app.providers().newId(), id, "207R00000X", null, true),
                new org.creddesk.domain.ProviderTaxonomy(app.providers().newId(), id, "207ZZ0000X", null, false)));
        assertThat(app.providers().save(file, app.manualChange()).saved()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#paletteQuery").queryAs(TextField.class).isFocused());
        robot.write("1679576722");
        waitUntil(() -> robot.lookup("#paletteResults").queryListView().getItems().stream()
                .anyMatch(i -> i.toString().contains("1679576722")));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#workspaceTitle").queryAs(Label.class).getText().startsWith("Brightwater"));

        section(robot, "providers.section.taxonomies");
        TableView<?> specialties = robot.lookup("#table-taxonomies").queryAs(TableView.class);
        waitUntil(() -> specialties.getItems().size() == 2);
        assertThat(specialties.getColumns().get(0).getCellData(0)).isEqualTo("207R00000X");
        assertThat(specialties.getColumns().get(1).getCellData(0)).as("the code set's words beside the code")
                .isEqualTo("Internal Medicine Physician");
        Label warnings = robot.lookup("#taxonomyWarnings").queryAs(Label.class);
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getText()).startsWith("Row 2, Taxonomy code: Not in the NUCC taxonomy code set 25.1");
        Screenshots.write(stage, "provider-taxonomy.png");

        robot.interact(() -> specialties.getSelectionModel().select(1));
        robot.clickOn(specialties).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#rowEditor").tryQuery().isPresent());
        Label codeWarning = robot.lookup("#warning-code").queryAs(Label.class);
        assertThat(codeWarning.getText()).contains("Not in the NUCC taxonomy code set 25.1");
        Screenshots.write(robot.lookup("#rowEditor").query().getScene(), "provider-taxonomy-unknown-code.png");
        fill(robot, "#field-code", "207RC0000X");
        waitUntil(() -> codeWarning.getText().isEmpty());
        assertThat(robot.lookup("#hint-code").queryAs(Label.class).getText()).isEqualTo("Cardiovascular Disease Physician");
        assertThat(robot.lookup("#field-description").queryAs(TextField.class).getText())
                .as("a blank description is filled from the code set").isEqualTo("Cardiovascular Disease Physician");
        robot.clickOn("OK");
        waitUntil(() -> !warnings.isVisible());

        section(robot, "providers.section.malpracticeClaims");
        TableView<?> claims = robot.lookup("#table-malpracticeClaims").queryAs(TableView.class);
        robot.clickOn(claims).type(KeyCode.INSERT);
        waitUntil(() -> robot.lookup("#rowEditor").tryQuery().isPresent());
        Button ok = (Button) robot.lookup("#rowEditor").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK);
        robot.clickOn("#field-claimDate").write("12/01/2026");
        waitUntil(() -> errorBeside(robot, "#field-claimDate").contains("future"));
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#field-amount").write("-5");
        waitUntil(() -> errorBeside(robot, "#field-amount").contains("negative"));
        Screenshots.write(robot.lookup("#rowEditor").query().getScene(), "provider-claim-errors.png");
        fill(robot, "#field-claimDate", "03/14/2024");
        fill(robot, "#field-amount", "$85,000");
        robot.interact(() -> robot.lookup("#field-status").queryComboBox().getSelectionModel().select("CLOSED_PAID"));
        fill(robot, "#field-description", "Medication dosing error (fictitious)");
        fill(robot, "#field-carrier", "Coverys");
        waitUntil(() -> !ok.isDisabled());
        assertThat(errorBeside(robot, "#field-claimDate")).isEmpty();
        robot.clickOn("#field-carrier").type(KeyCode.ENTER);
        waitUntil(() -> claims.getItems().size() == 1);
        assertThat(claims.getColumns().get(1).getCellData(0)).as("the status as people read it").isEqualTo("Closed, paid");
        assertThat(claims.getColumns().get(2).getCellData(0)).isEqualTo("$85,000.00");
        assertThat(robot.lookup("#claimsWindow").queryAs(Label.class).getText())
                .contains("the last 5 years (since 11/23/2021): 1 of the 1 claim(s) on file fall in it");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Label notice = robot.lookup("#workspaceNotice").queryAs(Label.class);
        waitUntil(() -> "Saved.".equals(notice.getText()));
        Screenshots.write(stage, "provider-claims.png");
        ProviderFile saved = app.providers().findByNpi("1679576722").orElseThrow();
        assertThat(saved.malpracticeClaims()).singleElement().satisfies(c -> {
            assertThat(c.claimDate()).isEqualTo(java.time.LocalDate.of(2024, 3, 14));
            assertThat(c.amount()).isEqualByComparingTo("85000");
            assertThat(c.status()).isEqualTo(org.creddesk.domain.ClaimStatus.CLOSED_PAID);
        });
        assertThat(saved.taxonomies()).extracting(org.creddesk.domain.ProviderTaxonomy::code)
                .containsExactly("207R00000X", "207RC0000X");

        section(robot, "providers.section.verifications");
        Label window = robot.lookup("#verificationClaimsWindow").queryAs(Label.class);
        assertThat(window.isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#verificationElement").queryComboBox().getSelectionModel()
                .select(org.creddesk.domain.workflow.VerificationElement.MALPRACTICE_HISTORY));
        waitUntil(window::isVisible);
        assertThat(window.getText()).contains("the last 5 years (since 11/23/2021)",
                "03/14/2024 Closed, paid, $85,000.00, Coverys: Medication dosing error (fictitious)");
        Screenshots.write(stage, "verification-claims-window.png");
    }

    /** Ctrl+K, the provider's NPI, Enter: the workspace title that then shows the file. */
    private static Label openByPalette(FxRobot robot, ProviderSummary target) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#paletteQuery").queryAs(TextField.class).isFocused());
        robot.write(target.npi());
        waitUntil(() -> robot.lookup("#paletteResults").queryListView().getItems().stream()
                .anyMatch(i -> i.toString().contains(target.npi())));
        robot.type(KeyCode.ENTER);
        return robot.lookup("#workspaceTitle").queryAs(Label.class);
    }

    /** Selects a workspace section by its title key, as a click on it would (the list is taller than the window). */
    private static void section(FxRobot robot, String titleKey) {
        javafx.scene.control.ListView<WorkspaceSections.Section> list = robot.lookup("#sectionList").queryListView();
        robot.interact(() -> list.getItems().stream().filter(s -> s.titleKey().equals(titleKey)).findFirst()
                .ifPresent(s -> {
                    list.scrollTo(s);
                    list.getSelectionModel().select(s);
                }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts text in a field as a paste would; typing key by key is kept for the NPI, where it matters. */
    private static void fill(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    private static String errorBeside(FxRobot robot, String fieldId) {
        TextField field = robot.lookup(fieldId).queryAs(TextField.class);
        return field.getTooltip() == null ? "" : field.getTooltip().getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
