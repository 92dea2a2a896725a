package org.creddesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrollmentFlagsTest {
    static final LocalDate SUBMITTED = LocalDate.of(2026, 9, 1);
    final DeadlinePolicy policy = WorkflowFixtures.policyOn(SUBMITTED);
    final EnrollmentFlags flags = new EnrollmentFlags(policy);
    final Payer acme = WorkflowFixtures.payer(PayerKind.COMMERCIAL, 60, 14);
    final Enrollment submitted = WorkflowFixtures.enrollment(EnrollmentStatus.SUBMITTED, SUBMITTED);

    @Test
    void flagsAppearAsTimePasses() {
        EnrollmentFacts e = new EnrollmentFacts(submitted, acme, List.of());
        assertThat(flags.of(e, SUBMITTED.plusDays(14))).isEmpty();
        assertThat(flags.of(e, SUBMITTED.plusDays(15))).containsExactly(EnrollmentFlag.FOLLOW_UP_OVERDUE);
        assertThat(flags.of(e, SUBMITTED.plusDays(31))).containsExactlyInAnyOrder(EnrollmentFlag.FOLLOW_UP_OVERDUE,
                EnrollmentFlag.NO_NOTE_RECENTLY);
        assertThat(flags.of(e, SUBMITTED.plusDays(61))).containsExactlyInAnyOrder(EnrollmentFlag.FOLLOW_UP_OVERDUE,
                EnrollmentFlag.NO_NOTE_RECENTLY, EnrollmentFlag.PAST_EXPECTED_DECISION);
    }

    @Test
    void aFollowUpNoteClearsSilenceAndPlansTheNext() {
        FollowUp note = new FollowUp("f", "enr-1", SUBMITTED.plusDays(20), FollowUpChannel.CALL, "Sam", "R1", "ok",
                SUBMITTED.plusDays(40), "jlee");
        EnrollmentFacts e = new EnrollmentFacts(submitted, acme, List.of(note));
        assertThat(flags.of(e, SUBMITTED.plusDays(35))).isEmpty();
        assertThat(flags.of(e, SUBMITTED.plusDays(41))).containsExactly(EnrollmentFlag.FOLLOW_UP_OVERDUE);
    }

    @Test
    void finishedEnrollmentsAreNeverFlagged() {
        EnrollmentFacts e = new EnrollmentFacts(submitted.approved(SUBMITTED.plusDays(50), SUBMITTED.plusDays(50),
                "X1"), acme, List.of());
        assertThat(flags.of(e, SUBMITTED.plusDays(365))).isEmpty();
    }
}
