package org.creddesk.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.ContractKind;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.domain.workflow.StageSettings;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.settings.StageSettingsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file's "Stage and contracts" section and the stage settings, without the toolkit (issue 14). */
class ProviderContractsViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    Path dir;
    AppContext app;
    ProviderFile file;
    final Messages messages = Messages.forLocale(Locale.US);
    final ImmediateTaskRunner tasks = new ImmediateTaskRunner();

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        String id = app.providers().newId();
        file = ProviderFile.of(new Provider(id, "Omar", null, "Reyes", null, "MD", LocalDate.of(1979, 3, 9), "M",
                null, null, null, "1234567893", null, null, null, null, null, null, "jlee", null,
                ProviderStatus.ACTIVE));
        app.providerRepository().save(file, ChangeContext.manual("setup", "test"));
        app.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null,
                ChangeContext.manual("setup", "test"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aContractIsAddedFromTheFormAndEndedToday() {
        ProviderContractsViewModel vm = new ProviderContractsViewModel(app.contracts(), app.lifecycle(),
                app.enrollments()::payers, app.manualChange(), tasks, messages);
        vm.open(file, true);
        assertThat(vm.stageLineProperty().get()).isEqualTo(
                "Lifecycle stage: Recruiting since 11/23/2026 (0 days, moved by the file's facts)");
        vm.payerProperty().set(vm.payers().stream().filter(p -> p.name().equals("Acme Health")).findFirst()
                .orElseThrow());
        vm.kindProperty().set(ContractKind.SINGLE_CASE);
        vm.effectiveProperty().set("12/01/2026");
        vm.endProperty().set("13/01/2027");
        assertThat(vm.canAdd().get()).as("not a date").isFalse();
        vm.endProperty().set("06/30/2027");
        vm.noticeDaysProperty().set("30");
        vm.feeScheduleProperty().set("Acme SCA");
        assertThat(vm.canAdd().get()).isTrue();
        vm.add();
        assertThat(vm.noticeProperty().get()).isEqualTo("Contract with Acme Health added; notice due 05/31/2027.");
        assertThat(vm.rows()).singleElement().satisfies(c -> {
            assertThat(vm.kindText(c.contract().kind())).isEqualTo("Single case");
            assertThat(vm.term(c)).isEqualTo("12/01/2026 – 06/30/2027");
            assertThat(vm.statusText(c)).isEqualTo("Standing");
        });
        vm.selectedProperty().set(vm.rows().get(0));
        vm.endSelected();
        assertThat(vm.statusText(vm.rows().get(0))).isEqualTo("Ended 11/23/2026");
    }

    @Test
    void expectedDaysPerStageAreSavedAndBlankMeansNone() {
        StageSettingsViewModel vm = new StageSettingsViewModel(app.lifecycle(), app.manualChange(), tasks, messages);
        vm.load();
        assertThat(vm.text(LifecycleStage.CREDENTIALING).get()).isEqualTo("90");
        vm.text(LifecycleStage.CREDENTIALING).set("-3");
        assertThat(vm.valid().get()).isFalse();
        vm.text(LifecycleStage.CREDENTIALING).set("120");
        vm.text(LifecycleStage.RECRUITING).set("");
        vm.save();
        StageSettings now = app.lifecycle().settings();
        assertThat(now.expectedDaysOf(LifecycleStage.CREDENTIALING)).isEqualTo(120);
        assertThat(now.expectedDaysOf(LifecycleStage.RECRUITING)).isNull();
        app.close();
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        assertThat(app.lifecycle().settings().expectedDaysOf(LifecycleStage.CREDENTIALING)).as("stored").isEqualTo(120);
        assertThat(app.lifecycle().settings().expectedDaysOf(LifecycleStage.RECRUITING)).isNull();
    }
}
