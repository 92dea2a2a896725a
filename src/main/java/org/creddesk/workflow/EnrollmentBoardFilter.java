package org.creddesk.workflow;

import org.creddesk.domain.workflow.EnrollmentStatus;

/** Filters of the enrollment board; null means any. */
public record EnrollmentBoardFilter(String payerId, String state, String coordinator, EnrollmentStatus status,
                                    boolean flaggedOnly) {
    public static EnrollmentBoardFilter all() {
        return new EnrollmentBoardFilter(null, null, null, null, false);
    }
}
