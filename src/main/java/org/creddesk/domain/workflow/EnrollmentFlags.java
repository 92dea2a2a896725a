package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Flags on an enrollment waiting for its payer: past the expected decision (submitted + typical days), a planned
 * follow-up overdue, or no follow-up note for 30 days (counted from the submission when there is none).
 */
public final class EnrollmentFlags {
    private final DeadlinePolicy policy;

    public EnrollmentFlags(DeadlinePolicy policy) {
        this.policy = policy;
    }

    public Set<EnrollmentFlag> of(EnrollmentFacts e, LocalDate today) {
        Set<EnrollmentFlag> flags = EnumSet.noneOf(EnrollmentFlag.class);
        if (!e.enrollment().status().isWithPayer()) {
            return flags;
        }
        policy.expectedDecision(e).filter(today::isAfter).ifPresent(d -> flags.add(EnrollmentFlag.PAST_EXPECTED_DECISION));
        policy.nextFollowUp(e).filter(today::isAfter).ifPresent(d -> flags.add(EnrollmentFlag.FOLLOW_UP_OVERDUE));
        LocalDate lastNote = e.latestFollowUp().map(FollowUp::on).orElse(e.enrollment().submittedOn());
        if (lastNote != null && today.isAfter(lastNote.plusDays(policy.settings().enrollmentSilenceDays()))) {
            flags.add(EnrollmentFlag.NO_NOTE_RECENTLY);
        }
        return flags;
    }
}
