package org.creddesk.domain.workflow;

/** Who decided: the credentialing committee, or the medical director for clean files. */
public enum DecisionMaker {
    COMMITTEE, MEDICAL_DIRECTOR
}
