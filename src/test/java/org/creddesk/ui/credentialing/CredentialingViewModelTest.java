package org.creddesk.ui.credentialing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.License;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.WorkHistoryGaps;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credentialing view model without the toolkit, on a real store: several open checklists, a refused waiver. */
class CredentialingViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    Path dir;
    AppContext app;
    CredentialingViewModel vm;
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    ProviderFile file;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        String id = app.providers().newId();
        file = ProviderFile.of(new Provider(id, "Ada", null, "Stone", null, "MD", LocalDate.of(1980, 1, 1), "F", null,
                null, null, "1234567893", null, null, null, null, null, null, "jlee", null, ProviderStatus.ACTIVE))
                .withLicenses(List.of(new License("lic", id, "MA", "MD", "003806", null, TODAY.plusYears(1), "Active")));
        app.providerRepository().save(file, ChangeContext.manual("t", "t"));
        vm = new CredentialingViewModel(app.checklists(), app.decisions(), app.documents(), app.whatBlocks(),
                () -> new WorkHistoryGaps(app.deadlinePolicy().settings()), app.manualChange(), tasks,
                Messages.forLocale(Locale.US), new ScriptedDesktopFiles(), app.clock());
        vm.open(file, true);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aSecondChecklistRunsBesideTheFirstAndEitherCanBeShown() {
        assertThat(vm.templateProperty().get().code()).isEqualTo("initial-credentialing");
        vm.start();
        assertThat(vm.checklistProperty().get().name()).isEqualTo("Initial credentialing");
        assertThat(vm.progressProperty().get()).matches("0 of \\d+ required");

        vm.startingAnotherProperty().set(true);
        vm.templateProperty().set(vm.templates().stream().filter(t -> t.code().equals("payer-enrollment"))
                .findFirst().orElseThrow());
        vm.start();
        assertThat(vm.openChecklists()).extracting(c -> c.name())
                .containsExactlyInAnyOrder("Initial credentialing", "Payer enrollment (generic)");
        assertThat(vm.checklistProperty().get().name()).isEqualTo("Payer enrollment (generic)");
        assertThat(vm.progressProperty().get()).isEqualTo("0 of 7 required");
        assertThat(vm.startingAnotherProperty().get()).isFalse();

        vm.choose(vm.openChecklists().stream().filter(c -> c.name().equals("Initial credentialing")).findFirst()
                .orElseThrow());
        assertThat(vm.items()).extracting(ChecklistItem::label).contains("Curriculum vitae");
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theCommitteeDateIsPlannedFromTheDecisionForm() {
        vm.start();
        DecisionFormModel form = new DecisionFormModel(vm);
        vm.reload();
        form.committeeProperty().set("11/01/2026");
        assertThat(form.committeeErrorProperty().get()).isEqualTo("Not before today (11/23/2026)");
        form.committeeProperty().set("01/15/2027");
        form.planCommittee();
        assertThat(form.decisionNoticeProperty().get())
                .isEqualTo("Initial credentialing: committee planned for 01/15/2027");
        assertThat(app.checklists().forProvider(file.id()).get(0).plannedCommittee())
                .isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(vm.checklistProperty().get().plannedCommittee()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void aWaiverWithoutAReasonIsRefusedAndSaysSo() {
        vm.start();
        ChecklistItem cv = vm.items().stream().filter(i -> i.label().equals("Curriculum vitae")).findFirst()
                .orElseThrow();
        vm.waive(cv, "  ");
        assertThat(vm.noticeProperty().get()).isEqualTo("'Curriculum vitae': say why it is waived.");
        vm.waive(cv, "Included in the CAQH profile");
        assertThat(vm.noticeProperty().get()).isEqualTo("Curriculum vitae: waived (Included in the CAQH profile)");
        assertThat(vm.progressProperty().get()).startsWith("1 of ");
    }
}
