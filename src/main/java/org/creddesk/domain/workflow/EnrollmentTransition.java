package org.creddesk.domain.workflow;

import java.time.LocalDate;

/** One dated step of an enrollment's pipeline. */
public record EnrollmentTransition(String id, String enrollmentId, EnrollmentStatus from, EnrollmentStatus to,
                                   LocalDate on, String note) {
}
