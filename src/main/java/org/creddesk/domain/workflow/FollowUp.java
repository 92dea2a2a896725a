package org.creddesk.domain.workflow;

import java.time.LocalDate;

/** One logged follow-up on an enrollment: who was reached, the payer's reference, and when to follow up next. */
public record FollowUp(String id, String enrollmentId, LocalDate on, FollowUpChannel channel, String contact,
                       String referenceNumber, String note, LocalDate nextFollowUp, String actor) {
}
