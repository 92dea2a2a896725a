package org.creddesk.domain.workflow;

/** Why an enrollment needs attention. */
public enum EnrollmentFlag {
    PAST_EXPECTED_DECISION, FOLLOW_UP_OVERDUE, NO_NOTE_RECENTLY,
    /**
     * The provider has an exclusion-screening hit waiting for review or confirmed, whatever the enrollment's
     * status: an excluded provider must not be (or stay) enrolled.
     */
    EXCLUSION_HIT
}
