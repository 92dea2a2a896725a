package org.creddesk.domain.workflow;

/** How a follow-up with a payer was made. */
public enum FollowUpChannel {
    CALL, PORTAL, EMAIL, FAX, LETTER
}
