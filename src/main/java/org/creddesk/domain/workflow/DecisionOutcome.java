package org.creddesk.domain.workflow;

/** The credentialing decision. */
public enum DecisionOutcome {
    APPROVE, DENY, DEFER
}
