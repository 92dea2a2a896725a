package org.creddesk.domain.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An enrollment with its payer and follow-up log: what the deadline rules and flags read. */
public record EnrollmentFacts(Enrollment enrollment, Payer payer, List<FollowUp> followUps) {
    public EnrollmentFacts {
        followUps = List.copyOf(followUps);
    }

    public Optional<FollowUp> latestFollowUp() {
        return followUps.stream().max(Comparator.comparing(FollowUp::on).thenComparing(FollowUp::id));
    }
}
