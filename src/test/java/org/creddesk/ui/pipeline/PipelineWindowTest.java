package org.creddesk.ui.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Npi;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.StageCause;
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

/**
 * Drives the real Pipeline board: a column per stage with exact counts and a capped list, a card moved by keyboard
 * with a reason (history row), Enter opening the provider's file.
 */
@ExtendWith(ApplicationExtension.class)
class PipelineWindowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final int RECRUITS = 45;
    @TempDir
    Path dir;
    AppContext app;
    Stage stage;
    String credentialingId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // the recruits were added 40 days ago: past Recruiting's expected 30 days
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.minusDays(40).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        ChangeContext setup = ChangeContext.manual("setup", "test");
        List<ProviderFile> files = new ArrayList<>();
        for (int i = 0; i < RECRUITS; i++) {
            String nine = String.format("18700%04d", i);
            files.add(provider(nine + Npi.checkDigit(nine), String.format("Recruit%02d", i), "Ann", "207Q00000X"));
        }
        app.providerRepository().saveAll(files, setup);
        app.close();
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        ProviderFile vance = provider("1234567893", "Vance", "Nora", "208D00000X");
        app.providerRepository().save(vance, setup);
        credentialingId = vance.id();
        app.checklists().start(vance.id(), "initial-credentialing", CredentialingProgram.ACCREDITATION,
                TODAY.plusDays(30), setup);
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    ProviderFile provider(String npi, String last, String first, String taxonomy) {
        String id = app.providers().newId();
        return ProviderFile.of(new Provider(id, first, null, last, null, "MD", LocalDate.of(1980, 1, 1), "F", null,
                null, null, npi, null, null, null, null, null, null, "jlee", null, ProviderStatus.ACTIVE))
                .withTaxonomies(List.of(new ProviderTaxonomy(app.providers().newId(), id, taxonomy, null, true)));
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Test
    void cardsShowPerStageMoveByKeyboardWithAReasonAndEnterOpensTheFile(FxRobot robot) throws Exception {
        robot.clickOn("Pipeline");
        ListView<PipelineCardModel> recruiting = robot.lookup("#pipeline-recruiting").queryListView();
        ListView<PipelineCardModel> credentialing = robot.lookup("#pipeline-credentialing").queryListView();
        ListView<PipelineCardModel> contracting = robot.lookup("#pipeline-contracting").queryListView();
        waitUntil(() -> recruiting.getItems().size() == PipelineViewModel.CAP && credentialing.getItems().size() == 1
                && !credentialing.getItems().get(0).blocksLine().isEmpty());
        assertThat(robot.lookup("Recruiting · 45").tryQuery()).isPresent();
        assertThat(robot.lookup("Showing 40 of 45, longest in stage first").tryQuery()).isPresent();
        assertThat(recruiting.getItems()).allSatisfy(c -> assertThat(c.overdue()).isTrue());
        assertThat(recruiting.getItems().get(0).days()).isEqualTo("40 days · over 30");
        PipelineCardModel card = credentialing.getItems().get(0);
        assertThat(card.name()).isEqualTo("Vance, Nora");
        assertThat(card.overdue()).isFalse();
        assertThat(card.blocksLine()).as("the open checklist's items block the file").isNotEmpty();
        org.creddesk.ui.Screenshots.write(stage.getScene(), "pipeline-board.png");

        robot.interact(() -> credentialing.getSelectionModel().select(0));
        robot.clickOn(credentialing);
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        TextField reason = robot.lookup("#pipelineReason").queryAs(TextField.class);
        waitUntil(reason::isFocused);
        assertThat(robot.lookup("#pipelineMoveTo").queryComboBox().getValue()).isEqualTo(LifecycleStage.CONTRACTING);
        robot.type(KeyCode.ENTER);
        Label notice = robot.lookup("#pipelineNotice").queryAs(Label.class);
        waitUntil(() -> notice.getText().startsWith("Give a reason"));
        robot.write("Committee approved on paper");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> contracting.getItems().size() == 1 && credentialing.getItems().isEmpty());
        assertThat(notice.getText()).isEqualTo("Vance, Nora: moved to Contracting");
        assertThat(app.lifecycle().history(credentialingId)).last().satisfies(m -> {
            assertThat(m.cause()).isEqualTo(StageCause.MANUAL);
            assertThat(m.reason()).isEqualTo("Committee approved on paper");
            assertThat(m.from()).isEqualTo(LifecycleStage.CREDENTIALING);
        });
        assertThat(app.changeLog().forProvider(credentialingId))
                .anySatisfy(a -> assertThat(a.entity()).isEqualTo("provider_stage_move"));
        org.creddesk.ui.Screenshots.write(stage.getScene(), "pipeline-moved.png");

        robot.interact(() -> contracting.getSelectionModel().select(0));
        robot.clickOn(contracting);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#workspace").tryQuery().map(Node::isVisible).orElse(false));
        waitUntil(() -> robot.lookup("#workspaceTitle").queryAs(Label.class).getText().startsWith("Vance"));
        robot.clickOn("Stage and contracts");
        waitUntil(() -> robot.lookup("#providerStageLine").queryAs(Label.class).getText()
                .startsWith("Lifecycle stage: Contracting since 11/23/2026"));
        assertThat(robot.lookup("#providerStageLine").queryAs(Label.class).getText()).contains("moved by hand");
        org.creddesk.ui.Screenshots.write(stage.getScene(), "pipeline-file-contracts.png");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
