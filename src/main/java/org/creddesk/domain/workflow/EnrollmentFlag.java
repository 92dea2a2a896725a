package org.creddesk.domain.workflow;

/** Why an open enrollment needs attention. */
public enum EnrollmentFlag {
    PAST_EXPECTED_DECISION, FOLLOW_UP_OVERDUE, NO_NOTE_RECENTLY
}
