package org.creddesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.ItemKind;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.domain.workflow.WorkflowKind;
import javafx.scene.input.KeyCode;
import org.creddesk.domain.workflow.TemplateItem;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.creddesk.ui.shell.MainWindow;
import org.creddesk.workflow.DeadlineSettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Settings screen: a deadline rule changed (the dashboard follows at once) and a template edited. */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowTest {
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
        app.providerRepository().save(ProviderFile.of(new Provider(providerId, "Lena", null, "Hart", null, "MD",
                LocalDate.of(1985, 5, 5), "F", null, null, null, "1234567893", "55501234", TODAY.minusDays(10), null,
                null, null, null, "jlee", null, ProviderStatus.ACTIVE)), ChangeContext.manual("setup", "test"));
        MainWindow.show(stage, app, new ScriptedDesktopFiles());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    private LocalDate caqhDue() {
        return app.deadlines().find(DeadlineQuery.within(TODAY, 400).withKinds(Set.of(DeadlineKind.CAQH))).get(0)
                .deadline().due();
    }

    @Test
    void aChangedRuleIsCheckedSavedAndReDerivesTheDeadlines(FxRobot robot) throws Exception {
        assertThat(caqhDue()).isEqualTo(TODAY.minusDays(10).plusDays(120));
        robot.clickOn("Settings");
        TextField caqh = robot.lookup("#setting-caqhDays").queryAs(TextField.class);
        waitUntil(() -> "120".equals(caqh.getText()));
        Button save = robot.lookup("#saveDeadlineSettings").queryButton();
        robot.interact(() -> caqh.setText("ninety"));
        assertThat(save.isDisabled()).isTrue();
        assertThat(caqh.getTooltip().getText()).isEqualTo("\u201cninety\u201d is not a whole number of at least 0");
        robot.interact(() -> caqh.setText("90"));
        assertThat(save.isDisabled()).isFalse();
        snapshot("settings-deadline-rules.png");
        robot.clickOn(save);
        Label notice = robot.lookup("#deadlineSettingsNotice").queryAs(Label.class);
        waitUntil(() -> notice.getText().startsWith("Saved. "));
        assertThat(caqhDue()).isEqualTo(TODAY.minusDays(10).plusDays(90));
        assertThat(new DeadlineSettingsStore(app.settings()).load().caqhDays()).isEqualTo(90);
        assertThat(app.deadlines().settings().caqhDays()).isEqualTo(90);
    }

    @Test
    void aTemplateItemIsAddedMovedAndSaved(FxRobot robot) throws Exception {
        robot.clickOn("Settings");
        javafx.scene.control.TabPane tabs = robot.lookup("#settingsTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.clickOn(robot.lookup(".tab-label").match((javafx.scene.control.Labeled l)
                -> l.getText().equals("Checklist templates")).<javafx.scene.Node>query());
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        ComboBox<ChecklistTemplate> template = robot.lookup("#templateChoice").queryComboBox();
        waitUntil(() -> template.getValue() != null);
        ChecklistTemplate privileges = template.getItems().stream()
                .filter(t -> t.code().equals("hospital-privileges")).findFirst().orElseThrow();
        robot.interact(() -> template.setValue(privileges));
        TableView<TemplateItem> items = robot.lookup("#templateItems").queryTableView();
        waitUntil(() -> items.getItems().size() == privileges.items().size());
        robot.interact(() -> robot.lookup("#templateItemKind").<ItemKind>queryComboBox().setValue(ItemKind.DOCUMENT));
        robot.interact(() -> robot.lookup("#templateItemLabel").queryAs(TextField.class)
                .setText("Proof of TB test"));
        snapshot("settings-templates.png");
        robot.clickOn("#templateItemAdd");
        waitUntil(() -> items.getItems().size() == privileges.items().size() + 1);
        robot.clickOn("#templateItemUp");
        robot.clickOn("#saveTemplate");
        waitUntil(() -> robot.lookup("#templateNotice").queryAs(Label.class).getText().startsWith("Saved"));
        ChecklistTemplate saved = app.checklists().templates().stream()
                .filter(t -> t.code().equals("hospital-privileges")).findFirst().orElseThrow();
        int n = saved.items().size();
        assertThat(n).isEqualTo(privileges.items().size() + 1);
        assertThat(saved.items().get(n - 2).label()).isEqualTo("Proof of TB test");
        assertThat(saved.items().get(n - 1).label()).isEqualTo(privileges.items().get(n - 2).label());
        String started = app.checklists().start(providerId, "hospital-privileges",
                org.creddesk.domain.workflow.CredentialingProgram.ACCREDITATION, null,
                ChangeContext.manual("t", "t")).id();
        assertThat(app.checklists().items(started)).extracting(i -> i.label()).contains("Proof of TB test");
    }

    @Test
    void aPayersOwnTemplateIsMadeInSettingsAndUsedWhenItsEnrollmentChecklistStarts(FxRobot robot) throws Exception {
        app.enrollments().savePayer(null, "Harbor Health Partners", PayerKind.COMMERCIAL, null, 90, 30, null,
                ChangeContext.manual("setup", "test"));
        ComboBox<ChecklistTemplate> template = openTemplates(robot);
        robot.clickOn("#newTemplate");
        robot.write("Harbor enrollment");
        ChecklistTemplate generic = template.getItems().stream().filter(t -> t.code().equals("payer-enrollment"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            robot.lookup("#newTemplateKind").<WorkflowKind>queryComboBox().setValue(WorkflowKind.PAYER_ENROLLMENT);
            ComboBox<Payer> payer = robot.lookup("#newTemplatePayer").queryComboBox();
            payer.setValue(payer.getItems().get(0));
            robot.lookup("#newTemplateCopyFrom").<ChecklistTemplate>queryComboBox().setValue(generic);
        });
        snapshot("settings-template-new.png");
        robot.clickOn("#createTemplate");
        waitUntil(() -> template.getValue() != null && template.getValue().name().equals("Harbor enrollment"));
        assertThat(robot.lookup("#templateCatalogNotice").queryAs(Label.class).getText()).isEqualTo("Created "
                + "\u201cHarbor enrollment\u201d with " + generic.items().size() + " items; change its items below and save.");
        assertThat(robot.lookup("#templateAbout").queryAs(Label.class).getText())
                .isEqualTo("Payer enrollment for Harbor Health Partners \u00b7 code harbor-enrollment");
        TableView<TemplateItem> items = robot.lookup("#templateItems").queryTableView();
        waitUntil(() -> items.getItems().size() == generic.items().size());
        robot.interact(() -> robot.lookup("#templateItemKind").<ItemKind>queryComboBox().setValue(ItemKind.FORM));
        robot.clickOn("#templateItemLabel").write("Harbor W-9 and provider agreement");
        robot.clickOn("#templateItemAdd");
        robot.clickOn("#saveTemplate");
        waitUntil(() -> robot.lookup("#templateNotice").queryAs(Label.class).getText().startsWith("Saved"));
        snapshot("settings-template-payer.png");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.clickOn("#providerSearch").write("Hart");
        waitUntil(() -> robot.lookup("#providerTable").queryTableView().getItems().size() == 1
                && robot.lookup("#providerTable").queryTableView().getItems().get(0) != null);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#workspaceTitle").queryAs(Label.class).getText().startsWith("Hart"));
        robot.clickOn(robot.lookup(".section-list .list-cell").match((javafx.scene.Node n)
                -> n instanceof javafx.scene.control.Labeled l && "Checklist".equals(l.getText())).<javafx.scene.Node>query());
        ComboBox<ChecklistTemplate> start = robot.lookup("#checklistTemplate").queryComboBox();
        waitUntil(() -> start.getValue() != null);
        assertThat(start.getItems()).extracting(ChecklistTemplate::name).doesNotContain("Harbor enrollment");
        ComboBox<Payer> payer = robot.lookup("#checklistPayer").queryComboBox();
        assertThat(payer.isDisabled()).isTrue();
        robot.interact(() -> start.setValue(start.getItems().stream()
                .filter(t -> t.code().equals("payer-enrollment")).findFirst().orElseThrow()));
        assertThat(payer.isDisabled()).isFalse();
        robot.interact(() -> payer.setValue(payer.getItems().stream()
                .filter(p -> p.name().equals("Harbor Health Partners")).findFirst().orElseThrow()));
        assertThat(robot.lookup("#checklistPayerHint").queryAs(Label.class).getText())
                .isEqualTo("Harbor Health Partners has its own template: \u201cHarbor enrollment\u201d is used.");
        snapshot("credentialing-payer-start.png");
        robot.clickOn("#startChecklist");
        TableView<org.creddesk.domain.workflow.ChecklistItem> started = robot.lookup("#checklistItems").queryTableView();
        waitUntil(() -> !started.getItems().isEmpty());
        assertThat(started.getItems()).extracting(i -> i.label()).contains("Harbor W-9 and provider agreement");
        assertThat(app.checklists().forProvider(providerId)).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Harbor enrollment"));
        snapshot("credentialing-payer-checklist.png");
    }

    @Test
    void aTemplateIsRenamedThenRetiredAfterAskingAndRestored(FxRobot robot) throws Exception {
        ComboBox<ChecklistTemplate> template = openTemplates(robot);
        ChecklistTemplate privileges = template.getItems().stream()
                .filter(t -> t.code().equals("hospital-privileges")).findFirst().orElseThrow();
        robot.interact(() -> template.setValue(privileges));
        TextField name = robot.lookup("#templateName").queryAs(TextField.class);
        robot.interact(() -> name.setText("Hospital privileges (Mercy)"));
        robot.clickOn("#renameTemplate");
        waitUntil(() -> template.getValue().name().equals("Hospital privileges (Mercy)"));
        robot.clickOn("#retireTemplate");
        Label notice = robot.lookup("#templateCatalogNotice").queryAs(Label.class);
        assertThat(notice.getText()).isEqualTo("Renamed to \u201cHospital privileges (Mercy)\u201d.");
        assertThat(robot.lookup("#confirmRetire").queryButton().isVisible()).isTrue();
        snapshot("settings-template-retire.png");
        robot.clickOn("#cancelRetire");
        assertThat(app.checklistTemplates().byCode("hospital-privileges")).isPresent();
        robot.clickOn("#retireTemplate");
        robot.clickOn("#confirmRetire");
        waitUntil(() -> notice.getText().startsWith("Retired"));
        assertThat(template.getItems()).extracting(ChecklistTemplate::code).doesNotContain("hospital-privileges");
        assertThat(app.checklistTemplates().retired()).extracting(ChecklistTemplate::name)
                .containsExactly("Hospital privileges (Mercy)");
        waitUntil(() -> robot.lookup("#restoreTemplate").queryButton().isVisible());
        robot.clickOn("#restoreTemplate");
        waitUntil(() -> notice.getText().startsWith("Restored"));
        waitUntil(() -> template.getValue().code().equals("hospital-privileges"));
        assertThat(app.checklistTemplates().retired()).isEmpty();
    }

    @Test
    void aTemplateIsMadeAndRetiredWithTheKeyboardOnly(FxRobot robot) throws Exception {
        ComboBox<ChecklistTemplate> template = openTemplates(robot);
        robot.interact(() -> robot.lookup("#newTemplate").queryButton().requestFocus());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#newTemplateName").queryAs(TextField.class).isFocused());
        robot.write("Locum privileges").type(KeyCode.ENTER);
        waitUntil(() -> template.getValue() != null && template.getValue().name().equals("Locum privileges"));
        robot.interact(() -> robot.lookup("#retireTemplate").queryButton().requestFocus());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#cancelRetire").queryButton().isFocused());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        waitUntil(() -> robot.lookup("#confirmRetire").queryButton().isFocused());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> app.checklistTemplates().retired().stream().anyMatch(t -> t.name().equals("Locum privileges")));
    }

    private ComboBox<ChecklistTemplate> openTemplates(FxRobot robot) throws TimeoutException {
        robot.clickOn("Settings");
        javafx.scene.control.TabPane tabs = robot.lookup("#settingsTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.clickOn(robot.lookup(".tab-label").match((javafx.scene.control.Labeled l)
                -> l.getText().equals("Checklist templates")).<javafx.scene.Node>query());
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        ComboBox<ChecklistTemplate> template = robot.lookup("#templateChoice").queryComboBox();
        waitUntil(() -> template.getValue() != null);
        return template;
    }

    private void snapshot(String name) throws IOException, TimeoutException {
        org.creddesk.ui.Screenshots.write(stage, name);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
