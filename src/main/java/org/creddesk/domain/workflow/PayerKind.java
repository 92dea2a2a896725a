package org.creddesk.domain.workflow;

/** Medicare, a state's Medicaid program, or a commercial plan. */
public enum PayerKind {
    MEDICARE, MEDICAID, COMMERCIAL
}
