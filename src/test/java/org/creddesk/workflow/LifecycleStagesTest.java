package org.creddesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.creddesk.app.AppContext;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.RegistrationKind;
import org.creddesk.domain.WorkHistory;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.ContractKind;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.DecisionMaker;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.ItemStatus;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.domain.workflow.PipelineFilter;
import org.creddesk.domain.workflow.StageCause;
import org.creddesk.domain.workflow.StageMove;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.domain.workflow.VerificationMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lifecycle stages moved by the facts and by hand, with their history rows and change log (issue 14). */
class LifecycleStagesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ChangeContext manual = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;
    AppContext app;
    ProviderFile file;

    static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), on(TODAY));
        String id = app.providers().newId();
        Provider p = new Provider(id, "Nora", null, "Vance", null, "DO", LocalDate.of(1982, 4, 2), "F", null, null,
                null, "1234567893", "55501234", TODAY.minusDays(10), null, null, null, null, "jlee", null,
                ProviderStatus.ACTIVE);
        file = ProviderFile.of(p)
                .withLicenses(List.of(new License("lic", id, "MA", "MD", "003806", null, TODAY.plusYears(2), "Active")))
                .withRegistrations(List.of(new DeaRegistration("dea", id, RegistrationKind.DEA, "AP5836727", "MA",
                        "2-5", null, TODAY.plusYears(3))))
                .withMalpracticePolicies(List.of(new MalpracticePolicy("mal", id, "MagMutual", "PL-9", null, null,
                        TODAY.minusYears(1), TODAY.plusYears(1))))
                .withWorkHistory(List.of(new WorkHistory("w1", id, "A", null, null, null, LocalDate.of(2018, 1, 1),
                        null, null)));
        app.providerRepository().save(file, manual);
    }

    @AfterEach
    void close() {
        app.close();
    }

    LifecycleStage stage() {
        return app.lifecycle().stageOf(file.id()).stage();
    }

    void credentialAndApprove() {
        app.checklists().start(file.id(), "initial-credentialing", CredentialingProgram.ACCREDITATION, TODAY.plusDays(14),
                manual);
        for (ChecklistItem i : app.checklists().items(app.checklists().forProvider(file.id()).get(0).id())) {
            if (i.element() == VerificationElement.BOARD_CERTIFICATION) {
                app.checklists().setStatus(i.id(), ItemStatus.WAIVED, "Not board certified", null, manual);
            }
        }
        for (VerificationElement e : List.of(VerificationElement.EDUCATION, VerificationElement.WORK_HISTORY,
                VerificationElement.MALPRACTICE_HISTORY, VerificationElement.SANCTIONS)) {
            app.decisions().recordVerification(verification(e, null), manual);
        }
        app.decisions().recordVerification(verification(VerificationElement.DEA_CDS, "dea"), manual);
        app.decisions().recordVerification(verification(VerificationElement.LICENSE, "lic"), manual);
        DecisionService.Result r = app.decisions().decide(file.id(), DecisionOutcome.APPROVE, DecisionMaker.COMMITTEE,
                TODAY, CredentialingProgram.ACCREDITATION, null, manual);
        assertThat(r.recorded()).as(String.join("; ", r.reasons())).isTrue();
    }

    Verification verification(VerificationElement element, String credentialId) {
        return new Verification(app.providers().newId(), file.id(), element, credentialId, "Primary source",
                VerificationMethod.WEB, TODAY.minusDays(2), "alice", null, "seen");
    }

    @Test
    void factsMoveANewProviderThroughThePipelineAndEveryMoveIsLogged() {
        assertThat(app.lifecycle().stageOf(file.id()).since()).isEqualTo(TODAY);
        assertThat(stage()).as("a new provider without a checklist is being recruited").isEqualTo(LifecycleStage.RECRUITING);
        assertThat(app.lifecycle().history(file.id())).as("placing a new provider is no move").isEmpty();

        credentialAndApprove();
        assertThat(stage()).isEqualTo(LifecycleStage.CONTRACTING);
        assertThat(app.lifecycle().history(file.id())).extracting(StageMove::from, StageMove::to, StageMove::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LifecycleStage.RECRUITING,
                                LifecycleStage.CREDENTIALING, StageCause.FACT),
                        org.assertj.core.groups.Tuple.tuple(LifecycleStage.CREDENTIALING, LifecycleStage.CONTRACTING,
                                StageCause.FACT));

        var payer = app.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null, manual);
        Enrollment e = app.enrollments().start(file.id(), payer.id(), "MA", null, EnrollmentStatus.SUBMITTED,
                TODAY.minusDays(1), manual);
        app.enrollments().approve(e.id(), TODAY, TODAY.plusDays(10), "AC-1", null, manual);
        assertThat(stage()).as("approved, but no contract yet").isEqualTo(LifecycleStage.CONTRACTING);
        app.contracts().add(file.id(), new ContractService.Terms(payer.id(), ContractKind.PARTICIPATING, TODAY,
                TODAY.plusYears(1), true, 90, "Acme 2026", null), manual);
        assertThat(stage()).isEqualTo(LifecycleStage.ONBOARDING);

        List<AuditEntry> log = app.changeLog().forProvider(file.id());
        assertThat(log).filteredOn(a -> a.entity().equals("provider_stage_move")).hasSize(3)
                .allSatisfy(a -> assertThat(a.source()).isEqualTo("lifecycle-rule"));
        assertThat(log).filteredOn(a -> a.entity().equals("contract")).singleElement()
                .satisfies(a -> assertThat(a.actor()).isEqualTo("alice"));
        app.close();

        app = AppContext.open(dir.resolve("creddesk.db"), on(TODAY.plusDays(10)));
        assertThat(stage()).as("the effective date came: moved at start").isEqualTo(LifecycleStage.ONGOING);
        assertThat(app.lifecycle().stageOf(file.id()).since()).isEqualTo(TODAY.plusDays(10));

        app.providers().retire(file.id(), manual);
        assertThat(stage()).isEqualTo(LifecycleStage.INACTIVE);
    }

    @Test
    void aPersonMovesTheStageWithAReasonAndOldFactsDoNotUndoIt() {
        credentialAndApprove();
        assertThatThrownBy(() -> app.lifecycle().move(file.id(), LifecycleStage.CREDENTIALING, " ", manual))
                .hasMessageContaining("A reason is required");
        StageMove back = app.lifecycle().move(file.id(), LifecycleStage.CREDENTIALING, "Committee asked for a new "
                + "peer reference", manual);
        assertThat(back.cause()).isEqualTo(StageCause.MANUAL);
        assertThat(back.actor()).isEqualTo("alice");
        var now = app.lifecycle().stageOf(file.id());
        assertThat(now.stage()).isEqualTo(LifecycleStage.CREDENTIALING);
        assertThat(now.facts()).as("the facts still say Contracting, and the card says so").isEqualTo(
                LifecycleStage.CONTRACTING);

        // an unrelated write refreshes the facts: the approval is old news, the person's move holds
        app.decisions().recordVerification(verification(VerificationElement.SANCTIONS, null), manual);
        assertThat(stage()).isEqualTo(LifecycleStage.CREDENTIALING);
        assertThat(app.changeLog().forProvider(file.id())).filteredOn(a -> a.entity().equals("provider_stage_move"))
                .last().satisfies(a -> {
                    assertThat(a.source()).isEqualTo("manual");
                    assertThat(a.changes()).anySatisfy(c -> assertThat(c.newValue())
                            .isEqualTo("Committee asked for a new peer reference"));
                });
        assertThatThrownBy(() -> app.lifecycle().move(file.id(), LifecycleStage.CREDENTIALING, "again", manual))
                .hasMessageContaining("already in Credentialing");
    }

    @Test
    void aContractNoticeDateIsACountedDeadlineAndAnEndedContractHasNone() {
        var payer = app.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null, manual);
        var c = app.contracts().add(file.id(), new ContractService.Terms(payer.id(), ContractKind.PARTICIPATING,
                TODAY.minusYears(1), TODAY.plusDays(110), false, 90, "Acme 2026", null), manual);
        var found = app.deadlines().find(DeadlineQuery.within(TODAY, 60).withKinds(Set.of(DeadlineKind.CONTRACT_RENEWAL)));
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.deadline().due()).isEqualTo(TODAY.plusDays(20));
            assertThat(t.deadline().subject()).startsWith("Acme Health contract ends");
        });
        assertThat(app.deadlines().dashboard(TODAY).byKind()).as("counted in deadline_tally").anySatisfy(s -> {
            assertThat(s.group()).isEqualTo(DeadlineKind.CONTRACT_RENEWAL.name());
            assertThat(s.within30()).isEqualTo(1);
        });
        assertThatThrownBy(() -> app.contracts().add(file.id(), new ContractService.Terms(payer.id(),
                ContractKind.SINGLE_CASE, TODAY, TODAY.minusDays(1), false, null, null, null), manual))
                .hasMessageContaining("is before the effective date");
        app.contracts().end(c.id(), TODAY, manual);
        assertThat(app.deadlines().find(DeadlineQuery.within(TODAY, 365).withKinds(Set.of(DeadlineKind.CONTRACT_RENEWAL))))
                .isEmpty();
    }

    @Test
    void thePipelineCountsExactlyAndFilters() {
        credentialAndApprove();
        var columns = app.lifecycle().pipeline(PipelineFilter.ALL, 10);
        assertThat(columns).extracting(PipelineStage::stage).containsExactly(LifecycleStage.values());
        assertThat(columns.get(LifecycleStage.CONTRACTING.ordinal()).total()).isEqualTo(1);
        assertThat(columns.get(LifecycleStage.CONTRACTING.ordinal()).entries()).singleElement()
                .satisfies(e -> assertThat(e.card().npi()).isEqualTo("1234567893"));
        assertThat(app.lifecycle().pipeline(new PipelineFilter("someone else", null, null, null), 10))
                .allSatisfy(s -> assertThat(s.total()).isZero());
        assertThat(app.lifecycle().pipeline(new PipelineFilter("JLEE", null, null, "ma"), 0)
                .get(LifecycleStage.CONTRACTING.ordinal()).total()).as("no practice location in MA").isZero();
    }
}
