package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.License;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.ChecklistStart;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.DeadlineSettings;
import org.creddesk.domain.workflow.DecisionMaker;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.domain.workflow.FollowUpChannel;
import org.creddesk.domain.workflow.ItemKind;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowRepositoriesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final ChangeContext manual = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;
    Database db;
    ProviderRepository providers;
    DeadlineRepository deadlines;
    ChecklistRepository checklists;
    CredentialingRepository credentialing;
    EnrollmentRepository enrollments;
    ChangeLog log;
    int ids;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("creddesk.db"), clock);
        providers = new ProviderRepository(db);
        deadlines = new DeadlineRepository(db, new DeadlinePolicy(DeadlineSettings.defaults(), clock));
        deadlines.attachTo(providers);
        checklists = new ChecklistRepository(db, deadlines);
        credentialing = new CredentialingRepository(db, deadlines);
        enrollments = new EnrollmentRepository(db, deadlines);
        log = new ChangeLog(db);
    }

    String id() {
        return "id-" + (++ids);
    }

    ProviderFile provider(String id, String npi, LocalDate licenseExpires) {
        Provider p = new Provider(id, "Ada", null, "Quill", null, "MD", null, null, null, null, null, npi, null, null,
                null, null, null, null, "jlee", null, ProviderStatus.ACTIVE);
        return ProviderFile.of(p).withLicenses(List.of(
                new License("lic-" + id, id, "MA", "MD", "003806", null, licenseExpires, "Active")));
    }

    @Test
    void aRetiredTemplateIsATombstoneWithItsItemsItsCodeStaysUsedAndItComesBack() {
        ChecklistTemplate recred = checklists.templateByCode("recredentialing").orElseThrow();
        checklists.renameTemplate(recred.id(), "Recredentialing (36 months)", manual);
        checklists.retireTemplate(recred.id(), manual);

        assertThat(checklists.templateByCode("recredentialing")).isEmpty();
        assertThat(checklists.templateById(recred.id())).isEmpty();
        assertThat(checklists.codeUsed("recredentialing")).isTrue();
        assertThat(checklists.codeUsed("never-made")).isFalse();
        assertThat(checklists.retiredTemplates()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Recredentialing (36 months)");
            assertThat(r.items()).isEqualTo(recred.items());
        });
        String deletedAt = db.read(h -> h.createQuery("SELECT deleted_at FROM checklist_template WHERE id = ?")
                .bind(0, recred.id()).mapTo(String.class).one());
        assertThat(deletedAt).isEqualTo(clock.instant().toString());
        assertThat(log.forEntity(recred.id())).extracting(e -> e.action())
                .containsExactly(ChangeAction.UPDATE, ChangeAction.DELETE);
        assertThat(log.forEntity(recred.id()).get(0).changes()).containsExactly(
                new FieldChange("name", "Recredentialing", "Recredentialing (36 months)"));

        checklists.restoreTemplate(recred.id(), manual);
        assertThat(checklists.templateByCode("recredentialing").orElseThrow().items()).isEqualTo(recred.items());
        assertThat(checklists.retiredTemplates()).isEmpty();
        assertThat(log.forEntity(recred.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(ChangeAction.CREATE);
            assertThat(e.actor()).isEqualTo("alice");
        });
    }

    @Test
    void seededTemplatesAndMedicareAreThere() {
        assertThat(checklists.templates()).extracting(ChecklistTemplate::code).containsExactlyInAnyOrder(
                "initial-credentialing", "recredentialing", "payer-enrollment", "hospital-privileges");
        ChecklistTemplate initial = checklists.templateByCode("initial-credentialing").orElseThrow();
        assertThat(initial.items()).anyMatch(i -> i.kind() == ItemKind.SIGNATURE && i.required());
        assertThat(enrollments.payers()).extracting(Payer::name).containsExactly("Medicare");
    }

    @Test
    void aProviderSaveRefreshesItsDeadlinesInTheSameTransaction() {
        ProviderFile f = provider("p1", "1234567893", TODAY.plusDays(20));
        providers.save(f, manual);
        // Every active provider also has its exclusion screening due (never screened: from the day it was added).
        assertThat(deadlines.find(DeadlineQuery.alertingOn(TODAY))).extracting(t -> t.deadline().kind())
                .containsExactlyInAnyOrder(DeadlineKind.LICENSE, DeadlineKind.SCREENING);
        List<TrackedDeadline> due = deadlines.find(DeadlineQuery.alertingOn(TODAY).withKinds(java.util.Set.of(DeadlineKind.LICENSE)));
        assertThat(due).singleElement().satisfies(t -> {
            assertThat(t.deadline().subject()).isEqualTo("MA license 003806");
            assertThat(t.npi()).isEqualTo("1234567893");
            assertThat(t.coordinator()).isEqualTo("jlee");
        });
        providers.save(f.withLicenses(List.of(new License("lic-p1", "p1", "MA", "MD", "003806", null,
                TODAY.plusYears(2), "Active"))), manual);
        assertThat(deadlines.find(DeadlineQuery.alertingOn(TODAY).withKinds(java.util.Set.of(DeadlineKind.LICENSE)))).isEmpty();
        assertThat(deadlines.find(DeadlineQuery.within(TODAY, 800).withKinds(java.util.Set.of(DeadlineKind.LICENSE)))).singleElement()
                .satisfies(t -> assertThat(t.deadline().due()).isEqualTo(TODAY.plusYears(2)));
    }

    @Test
    void aNewCoordinatorOrNameReachesTheDashboardRows() {
        ProviderFile f = provider("p1", "1234567893", TODAY.plusDays(20));
        providers.save(f, manual);
        providers.save(f.withProvider(new Provider("p1", "Ada", null, "Quill-Byron", null, "MD", null, null, null, null,
                null, "1234567893", null, null, null, null, null, null, "mkim", null, ProviderStatus.ACTIVE)), manual);
        assertThat(deadlines.find(DeadlineQuery.alertingOn(TODAY).withCoordinator("mkim"))).hasSize(2)
                .allSatisfy(t -> assertThat(t.providerName()).isEqualTo("Quill-Byron, Ada"));
        assertThat(deadlines.find(DeadlineQuery.alertingOn(TODAY).withCoordinator("jlee"))).isEmpty();
    }

    @Test
    void aRetiredProviderLeavesTheDashboard() {
        ProviderFile f = provider("p1", "1234567893", TODAY.plusDays(20));
        providers.save(f, manual);
        providers.save(f.withProvider(f.provider().withStatus(ProviderStatus.RETIRED)), manual);
        assertThat(deadlines.find(DeadlineQuery.within(TODAY, 365))).isEmpty();
    }

    @Test
    void snoozeHidesUntilItsDateAndDoneIsLoggedAndSurvivesARefresh() {
        ProviderFile f = provider("p1", "1234567893", TODAY.plusDays(20));
        providers.save(f, manual);
        TrackedDeadline t = deadlines.find(DeadlineQuery.alertingOn(TODAY).withKinds(java.util.Set.of(DeadlineKind.LICENSE))).get(0);
        deadlines.snooze(t.id(), TODAY.plusDays(5), "Renewal mailed", manual);
        assertThat(deadlines.find(DeadlineQuery.alertingOn(TODAY).withKinds(java.util.Set.of(DeadlineKind.LICENSE)))).isEmpty();
        assertThat(deadlines.find(DeadlineQuery.alertingOn(TODAY.plusDays(5)).withKinds(java.util.Set.of(DeadlineKind.LICENSE)))).hasSize(1);
        deadlines.markDone(t.id(), TODAY, manual);
        providers.save(f.withProvider(new Provider("p1", "Ada", "B", "Quill", null, "MD", null, null, null, null, null,
                "1234567893", null, null, null, null, null, null, "jlee", null, ProviderStatus.ACTIVE)), manual);
        assertThat(deadlines.find(DeadlineQuery.within(TODAY, 90).withKinds(java.util.Set.of(DeadlineKind.LICENSE)))).isEmpty();
        assertThat(deadlines.byId(t.id()).orElseThrow().done()).isTrue();
        assertThat(log.forEntity(t.id())).extracting(AuditEntry::actor).containsExactly("alice", "alice");
    }

    @Test
    void checklistsVerificationsDecisionsAndEnrollmentsAreStoredLoggedAndMoveDeadlines() {
        ProviderFile f = provider("p1", "1234567893", TODAY.plusYears(2));
        providers.save(f, manual);
        ChecklistTemplate initial = checklists.templateByCode("initial-credentialing").orElseThrow();
        var started = ChecklistStart.of(initial, f, CredentialingProgram.ACCREDITATION, TODAY, TODAY.plusDays(20),
                this::id);
        checklists.start(started.checklist(), started.items(), manual);
        assertThat(checklists.items(started.checklist().id())).hasSize(started.items().size());
        assertThat(deadlines.find(DeadlineQuery.alertingOn(TODAY).withKinds(java.util.Set.of(DeadlineKind.PSV))))
                .isNotEmpty();

        credentialing.addDecision(new CredentialingDecision("dec", "p1", started.checklist().id(),
                DecisionOutcome.APPROVE, DecisionMaker.COMMITTEE, TODAY, CredentialingProgram.ACCREDITATION, null),
                manual);
        assertThat(checklists.byId(started.checklist().id()).orElseThrow().closedOn()).isEqualTo(TODAY);
        assertThat(deadlines.find(DeadlineQuery.within(TODAY, 2000).withKinds(java.util.Set.of(DeadlineKind.PSV))))
                .isEmpty();
        assertThat(deadlines.find(DeadlineQuery.within(TODAY, 2000)
                .withKinds(java.util.Set.of(DeadlineKind.RECREDENTIALING))))
                .singleElement().satisfies(t -> assertThat(t.deadline().due()).isEqualTo(TODAY.plusMonths(36)));

        Payer acme = new Payer("acme", "Acme Health", PayerKind.COMMERCIAL, null, 90, 30, "Wet signature");
        enrollments.savePayer(acme, manual);
        Enrollment e = new Enrollment("enr", "p1", "acme", "MA", null, EnrollmentStatus.GATHERING, TODAY.minusDays(40),
                null, null, null, null, null);
        enrollments.add(e, "started", manual);
        enrollments.update(e.moveTo(EnrollmentStatus.SUBMITTED, TODAY.minusDays(35)), "sent", manual);
        assertThat(enrollments.transitions("enr")).extracting(t -> t.to()).containsExactly(EnrollmentStatus.GATHERING,
                EnrollmentStatus.SUBMITTED);
        assertThat(deadlines.find(DeadlineQuery.alertingOn(TODAY).withKinds(java.util.Set.of(DeadlineKind.FOLLOW_UP))))
                .singleElement().satisfies(t -> assertThat(t.deadline().due()).isEqualTo(TODAY.minusDays(5)));
        enrollments.addFollowUp(new FollowUp("fu", "enr", TODAY, FollowUpChannel.CALL, "Sam", "REF-1", "In review",
                TODAY.plusDays(10), "alice"), manual);
        assertThat(deadlines.find(DeadlineQuery.within(TODAY, 30).withKinds(java.util.Set.of(DeadlineKind.FOLLOW_UP))))
                .singleElement().satisfies(t -> assertThat(t.deadline().due()).isEqualTo(TODAY.plusDays(10)));
        assertThat(enrollments.forProvider("p1").get(0).followUps()).hasSize(1);
        assertThat(log.forProvider("p1")).extracting(AuditEntry::entity).contains("checklist", "checklist_item",
                "credentialing_decision", "enrollment", "enrollment_transition", "follow_up");
    }

    @Test
    void recomputeAllRebuildsTheTableAndSummariesCount() {
        providers.save(provider("p1", "1234567893", TODAY.minusDays(1)), manual);
        providers.save(provider("p2", "1679576722", TODAY.plusDays(6)), manual);
        db.write(h -> h.execute("DELETE FROM deadline"));
        assertThat(deadlines.count()).isZero();
        // Two licenses and two never-screened providers' screening, due the day they were added (today).
        assertThat(deadlines.recomputeAll(null)).isEqualTo(4);
        var summary = deadlines.summary(TODAY);
        assertThat(summary.overdue()).isEqualTo(1);
        assertThat(summary.within7()).isEqualTo(3);
        assertThat(summary.within90()).isEqualTo(3);
        assertThat(deadlines.summaryByKind(TODAY)).extracting(s -> s.group()).containsExactly("LICENSE", "SCREENING");
        assertThat(deadlines.summaryByCoordinator(TODAY)).singleElement()
                .satisfies(s -> assertThat(s.group()).isEqualTo("jlee"));
    }
}
