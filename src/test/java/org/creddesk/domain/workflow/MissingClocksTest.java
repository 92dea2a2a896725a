package org.creddesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creddesk.domain.workflow.WorkflowFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11, items 8 to 10: the decision notice, DME suppliers' revalidation, Medicaid revalidation by state. */
class MissingClocksTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static DeadlinePolicy withSettings(DeadlineSettings s) {
        return new DeadlinePolicy(s, clockAt(TODAY));
    }

    static DeadlineSettings medicaidYears(Map<String, Integer> byState) {
        DeadlineSettings d = DeadlineSettings.defaults();
        return new DeadlineSettings(d.expiryAlertDays(), d.recredentialingMonths(), d.recredentialingWarnMonth(),
                d.recredentialingLateDays(), d.caqhDays(), d.caqhDaysByState(), d.caqhWarnDays(),
                d.defaultReappointmentMonths(), d.medicareRevalidationYears(), d.medicaidRevalidationYears(),
                d.revalidationWarnDays(), d.psvDays(), d.psvDaysBeforeCutover(), d.psvCutover(),
                d.psvCvoCertificationDays(), d.psvWarnDays(), d.followUpWarnDays(), d.enrollmentWarnDays(),
                d.informationRequestDays(), d.enrollmentSilenceDays(), d.workHistoryYears(), d.gapExplanationMonths(),
                d.gapWrittenMonths(), d.screeningMonths(), d.screeningWarnDays(), d.screeningAlertDays(),
                d.decisionNoticeDays(), d.dmeRevalidationYears(), byState, d.claimsHistoryYears());
    }

    static CredentialingDecision decision(String id, DecisionOutcome outcome, LocalDate on) {
        return new CredentialingDecision(id, "p1", null, outcome, DecisionMaker.COMMITTEE, on,
                CredentialingProgram.ACCREDITATION, null);
    }

    static ProviderWorkflow decisions(CredentialingDecision... d) {
        return new ProviderWorkflow(List.of(d), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void eachApprovalOrDenialNeedsItsNoticeWithinThirtyDaysAndARecordedNoticeClosesIt() {
        DeadlinePolicy policy = withSettings(DeadlineSettings.defaults());
        List<Deadline> all = policy.derive(file("p1"), decisions(
                decision("approve", DecisionOutcome.APPROVE, LocalDate.of(2026, 11, 2)),
                decision("deny", DecisionOutcome.DENY, LocalDate.of(2026, 11, 20)),
                decision("defer", DecisionOutcome.DEFER, LocalDate.of(2026, 11, 25))));
        List<Deadline> notices = all.stream().filter(d -> d.kind() == DeadlineKind.DECISION_NOTICE).toList();
        assertThat(notices).extracting(Deadline::sourceId, Deadline::due, Deadline::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("approve", LocalDate.of(2026, 12, 2),
                        "Tell the practitioner of the approval of 11/02/2026"),
                org.assertj.core.groups.Tuple.tuple("deny", LocalDate.of(2026, 12, 20),
                        "Tell the practitioner of the denial of 11/20/2026"));
        Deadline approval = notices.get(0);
        assertThat(approval.statusOn(LocalDate.of(2026, 12, 2))).as("the 30th day").isNotEqualTo(DeadlineStatus.OVERDUE);
        assertThat(approval.statusOn(LocalDate.of(2026, 12, 3))).isEqualTo(DeadlineStatus.OVERDUE);

        List<Deadline> afterNotice = policy.derive(file("p1"), decisions(
                decision("approve", DecisionOutcome.APPROVE, LocalDate.of(2026, 11, 2))
                        .withNotice(LocalDate.of(2026, 11, 30), "letter")));
        assertThat(afterNotice).noneMatch(d -> d.kind() == DeadlineKind.DECISION_NOTICE);
    }

    @Test
    void aDmeSuppliersMedicareEnrollmentRevalidatesEveryThreeYears() {
        DeadlinePolicy policy = withSettings(DeadlineSettings.defaults());
        Enrollment approved = enrollment(EnrollmentStatus.SUBMITTED, LocalDate.of(2024, 2, 1))
                .approved(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 10), "PTAN9");
        Enrollment dme = new Enrollment(approved.id(), approved.providerId(), approved.payerId(), approved.state(),
                null, approved.status(), approved.statusOn(), approved.submittedOn(), null, approved.effectiveDate(),
                approved.payerProviderId(), null, true);
        assertThat(revalidation(policy, approved, payer(PayerKind.MEDICARE, 45, 14))).isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(revalidation(policy, dme, payer(PayerKind.MEDICARE, 45, 14))).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void medicaidRevalidationFollowsTheStatesNumberAndFiveYearsElsewhere() {
        DeadlinePolicy policy = withSettings(medicaidYears(Map.of("TX", 3)));
        Enrollment approved = enrollment(EnrollmentStatus.SUBMITTED, LocalDate.of(2025, 1, 5))
                .approved(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1), "TX-1");
        Payer texas = new Payer("payer-1", "Texas Medicaid", PayerKind.MEDICAID, "TX", 60, 14, null);
        Payer ohio = new Payer("payer-1", "Ohio Medicaid", PayerKind.MEDICAID, "OH", 60, 14, null);
        assertThat(revalidation(policy, approved, texas)).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(revalidation(policy, approved, ohio)).isEqualTo(LocalDate.of(2030, 2, 1));
        Payer unnamedState = new Payer("payer-1", "Medicaid", PayerKind.MEDICAID, null, 60, 14, null);
        assertThat(revalidation(policy, approved, unnamedState)).as("the enrollment's own state (MA): the default")
                .isEqualTo(LocalDate.of(2030, 2, 1));
    }

    static LocalDate revalidation(DeadlinePolicy policy, Enrollment e, Payer p) {
        ProviderWorkflow w = new ProviderWorkflow(List.of(), List.of(), List.of(), List.of(),
                List.of(new EnrollmentFacts(e, p, List.of())));
        return policy.derive(file("p1"), w).stream().filter(d -> d.kind() == DeadlineKind.REVALIDATION)
                .findFirst().orElseThrow().due();
    }
}
