package org.creddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.monitoring.ScreeningResult;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.DecisionMaker;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.PsvCheck;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.domain.workflow.VerificationMethod;
import org.creddesk.sample.SyntheticProviders;
import org.creddesk.store.ScreeningRepository.RunSubject;
import org.creddesk.workflow.Blocker;
import org.creddesk.workflow.DecisionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A screening run as the sanctions/exclusions verification, its subjects, and the screening deadline (ADR 0013). */
class ScreeningVerificationTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    final ChangeContext rita = ChangeContext.manual("rita", "test");

    @TempDir
    Path dir;
    AppContext app;
    ProviderFile dana;
    ProviderFile vera;

    @BeforeEach
    void setUp() {
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        dana = TestProviders.provider("Dana", "Quayle", LocalDate.of(1971, 4, 9), SyntheticProviders.npi(1), "MA", null,
                "Quayle Family Medicine", null);
        vera = TestProviders.provider("Vera", "Nonesuch", LocalDate.of(1990, 1, 1), SyntheticProviders.npi(6), "MA",
                null, "Nonesuch Pediatrics", null);
        app.providerRepository().saveAll(List.of(dana, vera), ChangeContext.manual("t", "t"));
        Path updated = TestLists.write(dir, "UPDATED.csv", TestLists.LEIE_HEADER, List.of(
                TestLists.leiePerson("QUAYLE", "DANA", null, "19710409", "MA", "20190321"),
                TestLists.leiePerson("ZEPHYRINE", "ODALYS", null, "19600101", "CA", "20150101")));
        app.screening().importList(updated, ListSource.LEIE, LocalDate.of(2026, 11, 20), rita, Progress.NONE);
    }

    @AfterEach
    void close() {
        app.close();
    }

    List<Verification> sanctions(ProviderFile p) {
        return app.decisions().check(p.id(), null, TODAY, CredentialingProgram.ACCREDITATION).stream()
                .filter(c -> c.requirement().element() == VerificationElement.SANCTIONS)
                .map(PsvCheck::verification).filter(v -> v != null).toList();
    }

    PsvCheck sanctionsCheck(ProviderFile p) {
        return app.decisions().check(p.id(), null, TODAY, CredentialingProgram.ACCREDITATION).stream()
                .filter(c -> c.requirement().element() == VerificationElement.SANCTIONS).findFirst().orElseThrow();
    }

    ScreeningHit danaHit(ScreeningService.Outcome out) {
        return out.hits().stream().filter(h -> h.providerId().equals(dana.id())).findFirst().orElseThrow();
    }

    @Test
    void aCleanRunRecordsTheVerificationAndWhoWasScreened() {
        ScreeningService.Outcome out = app.screening().screenAll(rita, Progress.NONE);

        List<RunSubject> subjects = app.screening().screenedBetween(TODAY, TODAY);
        assertThat(subjects).extracting(RunSubject::name, RunSubject::result, RunSubject::hits).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Nonesuch, Vera", ScreeningResult.CLEAR, 0),
                org.assertj.core.groups.Tuple.tuple("Quayle, Dana", ScreeningResult.PENDING, 1));
        assertThat(subjects).allMatch(s -> s.runId().equals(out.run().id()));

        PsvCheck check = sanctionsCheck(vera);
        assertThat(check.state()).isEqualTo(PsvCheck.State.FRESH);
        Verification v = check.verification();
        assertThat(v.id()).isEqualTo(subjects.get(0).verificationId());
        assertThat(v.method()).isEqualTo(VerificationMethod.ALERT_SERVICE);
        assertThat(v.verifiedOn()).isEqualTo(TODAY);
        assertThat(v.verifier()).isEqualTo("rita");
        assertThat(v.source()).startsWith("OIG LEIE UPDATED.csv downloaded 2026-11-20 (2 rows, sha256 ");
        assertThat(v.valueSeen()).isEqualTo("No match on the exclusion lists");
        assertThat(app.changeLog().forEntity(v.id())).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("rita"));
        assertThat(app.screening().latestResult(vera.id())).contains(ScreeningResult.CLEAR);
    }

    @Test
    void anOpenHitGivesNoVerificationAndHoldsApprovalUntilAFalsePositiveClearsIt() {
        ScreeningHit hit = danaHit(app.screening().screenAll(rita, Progress.NONE));
        assertThat(sanctions(dana)).isEmpty();
        assertThat(app.whatBlocks().of(dana.id())).anySatisfy(b -> {
            assertThat(b.category()).isEqualTo(Blocker.Category.EXCLUSION_HIT);
            assertThat(b.detail()).isEqualTo("1 screening hit waits for review (creddesk screen hits)");
        });
        DecisionService.Result refused = app.decisions().decide(dana.id(), DecisionOutcome.APPROVE,
                DecisionMaker.MEDICAL_DIRECTOR, TODAY, CredentialingProgram.ACCREDITATION, null, rita);
        assertThat(refused.recorded()).isFalse();
        assertThat(refused.reasons()).contains("Sanctions and exclusions verification does not count: "
                + "1 screening hit waits for review (creddesk screen hits)");

        app.screening().dispose(hit.id(), Disposition.FALSE_POSITIVE, "DOB differs per the state board", rita);

        PsvCheck check = sanctionsCheck(dana);
        assertThat(check.state()).isEqualTo(PsvCheck.State.FRESH);
        assertThat(check.verification().valueSeen()).isEqualTo("Match on OIG LEIE row 'QUAYLE, DANA' reviewed as a "
                + "false positive by rita: DOB differs per the state board");
        assertThat(check.verification().source()).contains("UPDATED.csv downloaded 2026-11-20");
        assertThat(app.screening().screenedBetween(TODAY, TODAY)).filteredOn(s -> s.providerId().equals(dana.id()))
                .singleElement().satisfies(s -> {
                    assertThat(s.result()).isEqualTo(ScreeningResult.CLEARED);
                    assertThat(s.verificationId()).isEqualTo(check.verification().id());
                });
        assertThat(app.whatBlocks().of(dana.id())).noneMatch(b -> b.category() == Blocker.Category.EXCLUSION_HIT);
        assertThat(app.changeLog().forProvider(dana.id())).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("screening_run_subject");
            assertThat(e.changes()).anySatisfy(c -> assertThat(c.newValue()).isEqualTo("CLEARED"));
        });

        // The next run keeps the false positive: the provider is cleared again, with a verification of that day.
        app.screening().screenAll(rita, Progress.NONE);
        assertThat(app.screening().latestResult(dana.id())).contains(ScreeningResult.CLEARED);
        List<RunSubject> runs = app.screening().screenedBetween(TODAY, TODAY).stream()
                .filter(s -> s.providerId().equals(dana.id())).toList();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).verificationId()).isNotNull().isNotEqualTo(runs.get(0).verificationId());
        assertThat(app.changeLog().forEntity(runs.get(1).verificationId())).singleElement().satisfies(e ->
                assertThat(e.changes()).anySatisfy(c -> assertThat(c.newValue())
                        .isEqualTo("1 possible match, reviewed as a false positive")));
    }

    @Test
    void aConfirmedHitNeverVerifiesAndHoldsApprovalOverAnOlderCleanScreening() {
        app.screening().screenAll(rita, Progress.NONE);
        ScreeningHit hit = danaHit(app.screening().screenAll(rita, Progress.NONE));
        app.screening().dispose(hit.id(), Disposition.CONFIRMED, "Same DOB and license number", rita);
        assertThat(app.screening().latestResult(dana.id())).contains(ScreeningResult.CONFIRMED);
        assertThat(sanctions(dana)).isEmpty();
        assertThat(sanctionsCheck(dana).reason()).isEqualTo("Sanctions and exclusions verification does not count: "
                + "a reviewer confirmed an exclusion-list match");
        // Vera's clean verification stands.
        assertThat(sanctionsCheck(vera).isFresh()).isTrue();
    }

    @Test
    void theScreeningDeadlineIsDueFromTheDayAddedAndMovesWithEachRun() {
        Set<DeadlineKind> screening = Set.of(DeadlineKind.SCREENING);
        List<TrackedDeadline> before = app.deadlines().find(DeadlineQuery.within(TODAY, 365).withKinds(screening));
        assertThat(before).hasSize(2).allSatisfy(t -> assertThat(t.deadline().due()).isEqualTo(TODAY));
        assertThat(app.screening().nextScreeningDue(vera.id())).isEqualTo(TODAY);

        app.screening().screenAll(rita, Progress.NONE);
        List<TrackedDeadline> after = app.deadlines().find(DeadlineQuery.within(TODAY, 365).withKinds(screening));
        assertThat(after).hasSize(2).allSatisfy(t -> {
            assertThat(t.deadline().due()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(t.deadline().subject()).isEqualTo("Exclusion and sanction screening");
            assertThat(t.deadline().warnFrom()).isEqualTo(LocalDate.of(2026, 12, 17));
        });
        assertThat(app.screening().nextScreeningDue(vera.id())).isEqualTo(LocalDate.of(2026, 12, 31));
        // A second run in the month keeps the rows; a full re-derivation gives the same rows (the run's quick
        // refresh agrees with the policy).
        app.screening().screenAll(rita, Progress.NONE);
        assertThat(app.deadlines().find(DeadlineQuery.within(TODAY, 365).withKinds(screening)))
                .extracting(TrackedDeadline::id).containsExactlyInAnyOrderElementsOf(
                        after.stream().map(TrackedDeadline::id).toList());
        app.deadlines().recomputeAll(null);
        assertThat(app.deadlines().find(DeadlineQuery.within(TODAY, 365).withKinds(screening)))
                .extracting(TrackedDeadline::id).containsExactlyInAnyOrderElementsOf(
                        after.stream().map(TrackedDeadline::id).toList());
        app.close();

        Clock january = Clock.fixed(Instant.parse("2027-01-05T09:00:00Z"), ZoneOffset.UTC);
        app = AppContext.open(dir.resolve("creddesk.db"), january);
        assertThat(app.deadlines().find(DeadlineQuery.alertingOn(LocalDate.of(2027, 1, 5)).withKinds(screening)))
                .hasSize(2).allSatisfy(t -> assertThat(t.deadline().statusOn(LocalDate.of(2027, 1, 5)).name())
                        .isEqualTo("OVERDUE"));
        app.screening().screenAll(rita, Progress.NONE);
        assertThat(app.deadlines().find(DeadlineQuery.within(LocalDate.of(2027, 1, 5), 365).withKinds(screening)))
                .hasSize(2).allSatisfy(t -> assertThat(t.deadline().due()).isEqualTo(LocalDate.of(2027, 2, 28)));
    }
}
