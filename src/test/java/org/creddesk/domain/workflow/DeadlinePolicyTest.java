package org.creddesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creddesk.domain.workflow.WorkflowFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.Affiliation;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.RegistrationKind;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final DeadlinePolicy policy = policyOn(TODAY);

    static Deadline only(List<Deadline> all, DeadlineKind kind) {
        List<Deadline> of = all.stream().filter(d -> d.kind() == kind).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    @Test
    void screeningIsDueMonthlyOrWithinThirtyDaysOfANewerListWhicheverIsSooner() {
        LocalDate nov5 = LocalDate.of(2026, 11, 5);
        LocalDate added = LocalDate.of(2026, 1, 2);
        assertThat(policy.screeningDue(new ScreeningStanding(nov5, added, 0, 0))).isEqualTo(LocalDate.of(2026, 12, 31));
        // A list downloaded November 20: screen against it by December 20, before the monthly December 31.
        assertThat(policy.screeningDue(new ScreeningStanding(nov5, added, 0, 0, LocalDate.of(2026, 11, 20))))
                .isEqualTo(LocalDate.of(2026, 12, 20));
        // Downloaded December 10: its 30 days end after the month does, so the month wins.
        assertThat(policy.screeningDue(new ScreeningStanding(nov5, added, 0, 0, LocalDate.of(2026, 12, 10))))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        // A list older than the last screening is no alert; a provider never screened is due from the day added.
        assertThat(policy.screeningDue(new ScreeningStanding(nov5, added, 0, 0, LocalDate.of(2026, 11, 1))))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(policy.screeningDue(new ScreeningStanding(null, added, 0, 0, LocalDate.of(2026, 11, 20))))
                .isEqualTo(added);
        assertThat(org.creddesk.domain.monitoring.ScreeningSchedule.alertSince(List.of(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 20)), nov5)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void licenseExpiresOnItsDateAndAlertsThroughTheStages() {
        ProviderFile f = file("p1").withLicenses(List.of(license("l1", "MA", "003806", LocalDate.of(2026, 12, 13))));
        Deadline d = only(policy.derive(f, ProviderWorkflow.empty()), DeadlineKind.LICENSE);
        assertThat(d.subject()).isEqualTo("MA license 003806");
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(d.warnFrom()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(d.statusOn(TODAY)).isEqualTo(DeadlineStatus.DUE);
        assertThat(d.stageOn(TODAY)).isEqualTo("30d");
        assertThat(d.stageOn(LocalDate.of(2026, 9, 13))).isEmpty();
        assertThat(d.statusOn(LocalDate.of(2026, 9, 13))).isEqualTo(DeadlineStatus.UPCOMING);
        assertThat(d.stageOn(LocalDate.of(2026, 9, 14))).isEqualTo("90d");
        assertThat(d.stageOn(LocalDate.of(2026, 12, 6))).isEqualTo("7d");
        assertThat(d.stageOn(LocalDate.of(2026, 12, 13))).isEqualTo("0d");
        assertThat(d.statusOn(LocalDate.of(2026, 12, 13))).isEqualTo(DeadlineStatus.DUE);
        assertThat(d.statusOn(LocalDate.of(2026, 12, 14))).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(d.stageOn(LocalDate.of(2026, 12, 14))).isEqualTo("expired");
    }

    @Test
    void aRenewedLicenseClosesTheOldAlert() {
        ProviderFile f = file("p1").withLicenses(List.of(
                license("old", "MA", "003806", LocalDate.of(2026, 12, 13)),
                license("new", "MA", "003806", LocalDate.of(2028, 12, 13)),
                license("ca", "CA", "A1", LocalDate.of(2027, 1, 1))));
        List<Deadline> all = policy.derive(f, ProviderWorkflow.empty());
        assertThat(all).extracting(Deadline::sourceId).containsExactlyInAnyOrder("new", "ca");
    }

    @Test
    void everyExpiringCredentialGivesADeadlineOfItsKind() {
        LocalDate exp = LocalDate.of(2027, 3, 31);
        ProviderFile f = file("p1")
                .withRegistrations(List.of(
                        new DeaRegistration("d1", "p1", RegistrationKind.DEA, "AP5836727", "MA", "2-5", null, exp),
                        new DeaRegistration("c1", "p1", RegistrationKind.CDS, "CS-1", "MA", "2-5", null, exp)))
                .withBoardCertifications(List.of(new BoardCertification("b1", "p1",
                        "American Board of Internal Medicine", "Internal Medicine", null, exp, "Certified")))
                .withMalpracticePolicies(List.of(
                        new MalpracticePolicy("m0", "p1", "OldCo", "PL-1", null, null, null, exp.minusYears(1)),
                        new MalpracticePolicy("m1", "p1", "MagMutual", "PL-2", null, null, null, exp)));
        List<Deadline> all = policy.derive(f, ProviderWorkflow.empty());
        assertThat(only(all, DeadlineKind.DEA).subject()).isEqualTo("DEA AP5836727 (MA)");
        assertThat(only(all, DeadlineKind.CDS).subject()).isEqualTo("MA CDS CS-1");
        assertThat(only(all, DeadlineKind.BOARD).subject())
                .isEqualTo("Board certification Internal Medicine (American Board of Internal Medicine)");
        assertThat(only(all, DeadlineKind.MALPRACTICE).sourceId()).isEqualTo("m1");
        assertThat(all).allSatisfy(d -> assertThat(d.due()).isEqualTo(exp));
    }

    @Test
    void aRetiredProviderHasNoDeadlines() {
        ProviderFile f = file("p1").withLicenses(List.of(license("l1", "MA", "1", TODAY)));
        f = f.withProvider(f.provider().withStatus(ProviderStatus.RETIRED));
        assertThat(policy.derive(f, ProviderWorkflow.empty())).isEmpty();
    }

    static ProviderWorkflow approvedOn(LocalDate day) {
        return new ProviderWorkflow(List.of(new CredentialingDecision("dec-1", "p1", null, DecisionOutcome.APPROVE,
                DecisionMaker.COMMITTEE, day, CredentialingProgram.ACCREDITATION, null)), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void recredentialingIsDue36MonthsAfterTheLastApprovalAndWarnsFromMonth34() {
        Deadline d = only(policy.derive(file("p1"), approvedOn(LocalDate.of(2024, 1, 15))),
                DeadlineKind.RECREDENTIALING);
        assertThat(d.due()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(d.warnFrom()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(d.statusOn(TODAY)).isEqualTo(DeadlineStatus.DUE);
        assertThat(d.statusOn(LocalDate.of(2026, 11, 14))).isEqualTo(DeadlineStatus.UPCOMING);
    }

    @Test
    void recredentialingFromFebruary29IsDueFebruary28() {
        assertThat(policy.recredentialingDue(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(policy.recredentialingDue(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(policy.recredentialingDue(LocalDate.of(2024, 8, 31))).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(policy.recredentialingDue(LocalDate.of(2023, 10, 31))).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void aDecisionWithin30DaysAfterDueStillCountsAsRecredentialing() {
        LocalDate last = LocalDate.of(2023, 6, 1);
        assertThat(policy.countsAsRecredentialing(last, LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(policy.countsAsRecredentialing(last, LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(policy.countsAsRecredentialing(last, LocalDate.of(2026, 7, 2))).isFalse();
        Deadline d = only(policy.derive(file("p1"), approvedOn(last)), DeadlineKind.RECREDENTIALING);
        assertThat(policy.stageOf(d, LocalDate.of(2026, 6, 2))).isEqualTo("late-window");
        assertThat(policy.stageOf(d, LocalDate.of(2026, 7, 1))).isEqualTo("late-window");
        assertThat(policy.stageOf(d, LocalDate.of(2026, 7, 2))).isEqualTo("lapsed");
        assertThat(d.statusOn(LocalDate.of(2026, 6, 2))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void recredentialingCountsFromTheLatestApprovalNotADenial() {
        ProviderWorkflow w = new ProviderWorkflow(List.of(
                new CredentialingDecision("a", "p1", null, DecisionOutcome.APPROVE, DecisionMaker.COMMITTEE,
                        LocalDate.of(2022, 1, 10), CredentialingProgram.ACCREDITATION, null),
                new CredentialingDecision("b", "p1", null, DecisionOutcome.APPROVE, DecisionMaker.MEDICAL_DIRECTOR,
                        LocalDate.of(2025, 1, 10), CredentialingProgram.ACCREDITATION, null),
                new CredentialingDecision("c", "p1", null, DecisionOutcome.DEFER, DecisionMaker.COMMITTEE,
                        LocalDate.of(2025, 6, 10), CredentialingProgram.ACCREDITATION, null)),
                List.of(), List.of(), List.of(), List.of());
        assertThat(only(policy.derive(file("p1"), w), DeadlineKind.RECREDENTIALING).due())
                .isEqualTo(LocalDate.of(2028, 1, 10));
    }

    @Test
    void caqhIsDue120DaysAfterAttestationAndExpiredTheDayAfter() {
        ProviderFile f = practisingIn(ProviderFile.of(provider("p1", LocalDate.of(2026, 8, 1))), "MA");
        Deadline d = only(policy.derive(f, ProviderWorkflow.empty()), DeadlineKind.CAQH);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(d.subject()).isEqualTo("CAQH re-attestation 12345678");
        assertThat(d.statusOn(LocalDate.of(2026, 11, 29))).isEqualTo(DeadlineStatus.DUE);
        assertThat(d.statusOn(LocalDate.of(2026, 11, 30))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void caqhInIllinoisRunsFor180Days() {
        ProviderFile f = practisingIn(ProviderFile.of(provider("p1", LocalDate.of(2026, 8, 1))), "IL");
        assertThat(only(policy.derive(f, ProviderWorkflow.empty()), DeadlineKind.CAQH).due())
                .isEqualTo(LocalDate.of(2027, 1, 28));
        assertThat(policy.caqhDue(LocalDate.of(2026, 8, 1), "il ")).isEqualTo(LocalDate.of(2027, 1, 28));
        assertThat(policy.caqhDue(LocalDate.of(2026, 8, 1), null)).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void hospitalReappointmentFollowsTheFacilityCycle() {
        ProviderFile f = file("p1").withAffiliations(List.of(
                new Affiliation("a24", "p1", "Harbor", "Active", LocalDate.of(2020, 3, 1), LocalDate.of(2025, 2, 28), 24),
                new Affiliation("a36", "p1", "Summit", "Active", LocalDate.of(2024, 2, 29), null, 36),
                new Affiliation("dflt", "p1", "Lake", "Active", LocalDate.of(2025, 5, 31), null, null)));
        List<Deadline> all = policy.derive(f, ProviderWorkflow.empty());
        assertThat(all).filteredOn(d -> d.kind() == DeadlineKind.REAPPOINTMENT)
                .extracting(Deadline::sourceId, Deadline::due)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("a24", LocalDate.of(2027, 2, 28)),
                        org.assertj.core.groups.Tuple.tuple("a36", LocalDate.of(2027, 2, 28)),
                        org.assertj.core.groups.Tuple.tuple("dflt", LocalDate.of(2027, 5, 31)));
    }

    @Test
    void medicareRevalidationIsDueTheLastDayOfTheMonthFiveYearsOn() {
        assertThat(policy.medicareRevalidationDue(LocalDate.of(2022, 2, 10))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(policy.medicareRevalidationDue(LocalDate.of(2023, 2, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(policy.medicareRevalidationDue(LocalDate.of(2021, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
        Enrollment approved = enrollment(EnrollmentStatus.SUBMITTED, LocalDate.of(2021, 9, 1))
                .approved(LocalDate.of(2021, 10, 20), LocalDate.of(2021, 10, 1), "PTAN1");
        ProviderWorkflow w = new ProviderWorkflow(List.of(), List.of(), List.of(), List.of(),
                List.of(new EnrollmentFacts(approved, payer(PayerKind.MEDICARE, 45, 14), List.of())));
        Deadline d = only(policy.derive(file("p1"), w), DeadlineKind.REVALIDATION);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(d.subject()).isEqualTo("Medicare (MA) revalidation");
        assertThat(d.statusOn(TODAY)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void commercialApprovalsDoNotRevalidate() {
        Enrollment approved = enrollment(EnrollmentStatus.SUBMITTED, LocalDate.of(2021, 9, 1))
                .approved(LocalDate.of(2021, 10, 20), LocalDate.of(2021, 10, 1), "X");
        ProviderWorkflow w = new ProviderWorkflow(List.of(), List.of(), List.of(), List.of(),
                List.of(new EnrollmentFacts(approved, payer(PayerKind.COMMERCIAL, 90, 30), List.of())));
        assertThat(policy.derive(file("p1"), w)).isEmpty();
    }

    @Test
    void aSubmittedEnrollmentExpectsADecisionAndAFollowUp() {
        Enrollment e = enrollment(EnrollmentStatus.SUBMITTED, LocalDate.of(2026, 10, 1));
        Payer acme = payer(PayerKind.COMMERCIAL, 90, 30);
        List<Deadline> none = policy.derive(file("p1"), workflowWith(new EnrollmentFacts(e, acme, List.of())));
        assertThat(only(none, DeadlineKind.ENROLLMENT).due()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(only(none, DeadlineKind.ENROLLMENT).subject()).isEqualTo("Acme Health (MA): decision expected");
        assertThat(only(none, DeadlineKind.FOLLOW_UP).due()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(only(none, DeadlineKind.FOLLOW_UP).statusOn(TODAY)).isEqualTo(DeadlineStatus.OVERDUE);

        FollowUp planned = new FollowUp("f1", "enr-1", LocalDate.of(2026, 11, 2), FollowUpChannel.CALL, "Pat",
                "REF-9", "in review", LocalDate.of(2026, 11, 20), "jlee");
        FollowUp unplanned = new FollowUp("f2", "enr-1", LocalDate.of(2026, 11, 20), FollowUpChannel.PORTAL, null,
                null, "still in review", null, "jlee");
        assertThat(only(policy.derive(file("p1"), workflowWith(new EnrollmentFacts(e, acme, List.of(planned)))),
                DeadlineKind.FOLLOW_UP).due()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(only(policy.derive(file("p1"), workflowWith(new EnrollmentFacts(e, acme,
                List.of(planned, unplanned)))), DeadlineKind.FOLLOW_UP).due()).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void anInformationRequestMustBeAnsweredWithin30Days() {
        Enrollment e = enrollment(EnrollmentStatus.SUBMITTED, LocalDate.of(2026, 10, 1))
                .moveTo(EnrollmentStatus.INFORMATION_REQUESTED, LocalDate.of(2026, 11, 10));
        List<Deadline> all = policy.derive(file("p1"),
                workflowWith(new EnrollmentFacts(e, payer(PayerKind.MEDICARE, 45, 14), List.of())));
        assertThat(all).filteredOn(d -> d.kind() == DeadlineKind.ENROLLMENT).extracting(Deadline::due)
                .containsExactlyInAnyOrder(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 10));
    }

    @Test
    void noEnrollmentDeadlinesBeforeSubmission() {
        Enrollment e = new Enrollment("enr-1", "p1", "payer-1", "MA", null, EnrollmentStatus.GATHERING,
                TODAY, null, null, null, null, null);
        assertThat(policy.derive(file("p1"), workflowWith(new EnrollmentFacts(e, payer(PayerKind.COMMERCIAL, 90, 30),
                List.of())))).isEmpty();
    }

    static ProviderWorkflow workflowWith(EnrollmentFacts e) {
        return new ProviderWorkflow(List.of(), List.of(), List.of(), List.of(), List.of(e));
    }

    @Test
    void missingOrStaleVerificationsAlertBeforeThePlannedCommittee() {
        ProviderFile f = file("p1").withLicenses(List.of(license("l1", "MA", "003806", LocalDate.of(2028, 1, 1))));
        LocalDate committee = LocalDate.of(2026, 12, 15);
        Checklist c = new Checklist("ck", "p1", "t", "Initial", WorkflowKind.INITIAL_CREDENTIALING,
                CredentialingProgram.ACCREDITATION, LocalDate.of(2026, 6, 1), committee, null, null);
        ChecklistItem lic = new ChecklistItem("i1", "ck", 1, ItemKind.VERIFICATION, "License verification: MA license 003806", true,
                VerificationElement.LICENSE, "l1", ItemStatus.PENDING, null, null, null);
        ChecklistItem npdb = new ChecklistItem("i2", "ck", 2, ItemKind.VERIFICATION, "Malpractice history", true,
                VerificationElement.MALPRACTICE_HISTORY, null, ItemStatus.PENDING, null, null, null);
        Verification old = new Verification("v1", "p1", VerificationElement.LICENSE, "l1", "MA board",
                VerificationMethod.WEB, committee.minusDays(121), "jlee", null, "Active");
        List<Deadline> psv = policy.derive(f, new ProviderWorkflow(List.of(), List.of(c), List.of(lic, npdb),
                List.of(old), List.of())).stream().filter(d -> d.kind() == DeadlineKind.PSV).toList();
        assertThat(psv).extracting(Deadline::subject).containsExactly(
                "License verification: MA license 003806 stale for committee 2026-12-15",
                "Malpractice history missing for committee 2026-12-15");
        assertThat(psv).allSatisfy(d -> {
            assertThat(d.due()).isEqualTo(committee);
            assertThat(d.warnFrom()).isEqualTo(committee.minusDays(30));
        });

        Verification fresh = new Verification("v2", "p1", VerificationElement.LICENSE, "l1", "MA board",
                VerificationMethod.WEB, committee.minusDays(120), "jlee", null, "Active");
        Verification npdbDone = new Verification("v3", "p1", VerificationElement.MALPRACTICE_HISTORY, null, "NPDB",
                VerificationMethod.WEB, committee.minusDays(3), "jlee", null, "No reports");
        assertThat(policy.derive(f, new ProviderWorkflow(List.of(), List.of(c), List.of(lic, npdb),
                List.of(old, fresh, npdbDone), List.of()))).noneMatch(d -> d.kind() == DeadlineKind.PSV);
    }

    @Test
    void deadlineKeysAreStableAndDifferWhenTheDueDateMoves() {
        ProviderFile f = file("p1").withLicenses(List.of(license("l1", "MA", "003806", LocalDate.of(2026, 12, 13))));
        String key = only(policy.derive(f, ProviderWorkflow.empty()), DeadlineKind.LICENSE).key();
        assertThat(only(policy.derive(f, ProviderWorkflow.empty()), DeadlineKind.LICENSE).key()).isEqualTo(key);
        ProviderFile renewed = f.withLicenses(List.of(license("l1", "MA", "003806", LocalDate.of(2028, 12, 13))));
        assertThat(only(policy.derive(renewed, ProviderWorkflow.empty()), DeadlineKind.LICENSE).key()).isNotEqualTo(key);
    }
}
