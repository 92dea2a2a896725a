package org.creddesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.License;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.ItemKind;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.domain.workflow.TemplateItem;
import org.creddesk.domain.workflow.WorkflowKind;
import org.creddesk.provider.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating, copying, renaming, retiring and restoring templates on a real SQLite file; a payer's own template. */
class WorkflowTemplatesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ChangeContext alice = ChangeContext.manual("alice", "desk-1");
    @TempDir
    Path dir;
    AppContext app;
    ChecklistTemplateService templates;
    String providerId;
    Payer acme;
    Payer bluePeak;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        templates = app.checklistTemplates();
        providerId = app.providers().newId();
        app.providerRepository().save(ProviderFile.of(new Provider(providerId, "Nora", null, "Vance", null, "DO",
                        LocalDate.of(1982, 4, 2), "F", null, null, null, "1234567893", "55501234", TODAY.minusDays(10),
                        null, null, null, null, "jlee", null, ProviderStatus.ACTIVE))
                .withLicenses(List.of(new License("lic", providerId, "MA", "MD", "003806", null, TODAY.plusDays(45),
                        "Active"))), alice);
        acme = app.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null, alice);
        bluePeak = app.enrollments().savePayer(null, "Blue Peak", PayerKind.COMMERCIAL, null, 90, 30, null, alice);
    }

    @AfterEach
    void close() {
        app.close();
    }

    ChecklistTemplate generic() {
        return templates.byCode("payer-enrollment").orElseThrow();
    }

    ChecklistTemplate acmeTemplate() {
        return templates.create(new ChecklistTemplateService.NewTemplate("Acme Health enrollment",
                WorkflowKind.PAYER_ENROLLMENT, acme.id(), generic().id()), alice);
    }

    @Test
    void aCopyKeepsTheItemsAndIsLoggedWithWhoAndWhat() {
        ChecklistTemplate made = acmeTemplate();

        assertThat(made.code()).isEqualTo("acme-health-enrollment");
        ChecklistTemplate stored = templates.byCode("acme-health-enrollment").orElseThrow();
        assertThat(stored.payerId()).isEqualTo(acme.id());
        assertThat(stored.kind()).isEqualTo(WorkflowKind.PAYER_ENROLLMENT);
        assertThat(stored.items()).isEqualTo(generic().items());
        List<AuditEntry> log = app.changeLog().forEntity(made.id());
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(ChangeAction.CREATE);
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.at()).isEqualTo(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
            assertThat(e.changes()).contains(new FieldChange("name", null, "Acme Health enrollment"),
                    new FieldChange("payerId", null, acme.id()));
        });
    }

    @Test
    void anEmptyTemplateGetsItemsLaterAndCannotStartEmpty() {
        ChecklistTemplate empty = templates.create(new ChecklistTemplateService.NewTemplate("Telehealth privileges",
                WorkflowKind.HOSPITAL_PRIVILEGES, null, null), alice);
        assertThat(empty.items()).isEmpty();
        assertThatThrownBy(() -> app.checklists().start(providerId, empty.code(), CredentialingProgram.ACCREDITATION,
                null, alice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The template 'Telehealth privileges' has no items yet; add them in Settings first.");
        app.checklists().saveTemplate(new ChecklistTemplate(empty.id(), empty.code(), empty.name(), empty.kind(),
                null, List.of(new TemplateItem(ItemKind.DOCUMENT, "Telehealth consent", true, null, null))), alice);
        Checklist c = app.checklists().start(providerId, "telehealth-privileges", CredentialingProgram.ACCREDITATION,
                null, alice);
        assertThat(app.checklists().items(c.id())).extracting(ChecklistItem::label).containsExactly("Telehealth consent");
    }

    @Test
    void theRulesSayWhatIsWrong() {
        acmeTemplate();
        assertThatThrownBy(() -> templates.create(new ChecklistTemplateService.NewTemplate("  ",
                WorkflowKind.RECREDENTIALING, null, null), alice)).hasMessage("A template needs a name.");
        assertThatThrownBy(() -> templates.create(new ChecklistTemplateService.NewTemplate("acme health ENROLLMENT",
                WorkflowKind.PAYER_ENROLLMENT, acme.id(), null), alice))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is already a payer enrollment template "
                        + "named 'acme health ENROLLMENT' for Acme Health; choose another name.");
        assertThatThrownBy(() -> templates.create(new ChecklistTemplateService.NewTemplate("Acme privileges",
                WorkflowKind.HOSPITAL_PRIVILEGES, acme.id(), null), alice))
                .hasMessage("Only a payer enrollment template can belong to a payer.");
        assertThatThrownBy(() -> templates.create(new ChecklistTemplateService.NewTemplate("Ghost enrollment",
                WorkflowKind.PAYER_ENROLLMENT, "no-such-payer", null), alice))
                .isInstanceOf(NotFoundException.class).hasMessage("No payer no-such-payer");
        // The same name is fine for another payer, and gets its own code.
        ChecklistTemplate blue = templates.create(new ChecklistTemplateService.NewTemplate("Acme Health enrollment",
                WorkflowKind.PAYER_ENROLLMENT, bluePeak.id(), null), alice);
        assertThat(blue.code()).isEqualTo("acme-health-enrollment-2");
        assertThatThrownBy(() -> templates.rename(blue.id(), "", alice)).hasMessage("A template needs a name.");
    }

    @Test
    void aRenameKeepsTheCodeAndLogsOldAndNew() {
        ChecklistTemplate made = acmeTemplate();
        templates.rename(made.id(), "Acme Health commercial enrollment", alice);

        assertThat(templates.byCode(made.code()).orElseThrow().name()).isEqualTo("Acme Health commercial enrollment");
        assertThat(app.changeLog().forEntity(made.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(ChangeAction.UPDATE);
            assertThat(e.changes()).containsExactly(new FieldChange("name", "Acme Health enrollment",
                    "Acme Health commercial enrollment"));
        });
        assertThatCode(() -> templates.rename(made.id(), "Payer enrollment (generic)", alice))
                .as("the generic template's name is no clash for a payer's own").doesNotThrowAnyException();
    }

    @Test
    void aRetiredShippedTemplateIsKeptRunningChecklistsKeepTheirItemsAndItCanBeRestored() {
        Checklist running = app.checklists().start(providerId, "initial-credentialing",
                CredentialingProgram.ACCREDITATION, null, alice);
        int runningItems = app.checklists().items(running.id()).size();
        ChecklistTemplate initial = templates.byCode("initial-credentialing").orElseThrow();

        templates.retire(initial.id(), alice);

        assertThat(templates.templates()).extracting(ChecklistTemplate::code).doesNotContain("initial-credentialing");
        assertThat(templates.retired()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("initial-credentialing");
            assertThat(r.items()).isEqualTo(initial.items());
        });
        assertThat(app.checklists().items(running.id())).hasSize(runningItems);
        assertThat(app.changeLog().forEntity(initial.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(ChangeAction.DELETE);
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.changes()).contains(new FieldChange("name", "Initial credentialing", null));
        });
        assertThatThrownBy(() -> app.checklists().start(providerId, "initial-credentialing",
                CredentialingProgram.ACCREDITATION, null, alice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is retired; restore it");

        templates.restore(initial.id(), alice);
        assertThat(templates.byCode("initial-credentialing").orElseThrow().items()).isEqualTo(initial.items());
        assertThat(templates.retired()).isEmpty();
        assertThat(app.changeLog().forEntity(initial.id())).last()
                .satisfies(e -> assertThat(e.action()).isEqualTo(ChangeAction.CREATE));
    }

    @Test
    void aPayersOwnTemplateIsUsedForItElseTheGenericOne() {
        ChecklistTemplate own = acmeTemplate();
        app.checklists().saveTemplate(new ChecklistTemplate(own.id(), own.code(), own.name(), own.kind(), own.payerId(),
                List.of(new TemplateItem(ItemKind.FORM, "Acme provider agreement (wet signature)", true, null, null),
                        new TemplateItem(ItemKind.DOCUMENT, "License copy", true, null, "license"))), alice);

        Checklist forAcme = app.checklists().start(providerId, "payer-enrollment", acme.id(),
                CredentialingProgram.ACCREDITATION, null, alice);
        assertThat(forAcme.name()).isEqualTo("Acme Health enrollment");
        assertThat(forAcme.templateId()).isEqualTo(own.id());
        assertThat(app.checklists().items(forAcme.id())).extracting(ChecklistItem::label)
                .containsExactly("Acme provider agreement (wet signature)", "License copy: MA license 003806");

        Checklist forBlue = app.checklists().start(providerId, "payer-enrollment", bluePeak.id(),
                CredentialingProgram.ACCREDITATION, null, alice);
        assertThat(forBlue.templateId()).isEqualTo(generic().id());
        assertThat(forBlue.name()).isEqualTo("Payer enrollment (generic) \u2014 Blue Peak");
        assertThat(app.checklists().items(forBlue.id())).hasSize(app.checklists().items(
                app.checklists().start(providerId, "payer-enrollment", CredentialingProgram.ACCREDITATION, null, alice)
                        .id()).size());

        assertThatThrownBy(() -> app.checklists().start(providerId, "initial-credentialing", acme.id(),
                CredentialingProgram.ACCREDITATION, null, alice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A payer goes with payer enrollment only; 'Initial credentialing' is not a payer "
                        + "enrollment template.");
        assertThatThrownBy(() -> app.checklists().start(providerId, own.code(), bluePeak.id(),
                CredentialingProgram.ACCREDITATION, null, alice))
                .hasMessage("'Acme Health enrollment' is another payer's template, not Blue Peak's.");

        templates.retire(own.id(), alice);
        assertThat(app.checklists().start(providerId, "payer-enrollment", acme.id(),
                CredentialingProgram.ACCREDITATION, null, alice).templateId()).isEqualTo(generic().id());
    }
}
