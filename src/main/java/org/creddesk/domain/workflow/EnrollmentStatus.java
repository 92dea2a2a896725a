package org.creddesk.domain.workflow;

import java.util.EnumSet;
import java.util.Set;

/** The payer-enrollment pipeline of DOMAIN.md. */
public enum EnrollmentStatus {
    NOT_STARTED, GATHERING, SUBMITTED, IN_PROCESS, INFORMATION_REQUESTED, APPROVED, DENIED, WITHDRAWN;

    /** Submitted and waiting for the payer: the states that need follow-ups. */
    public boolean isWithPayer() {
        return this == SUBMITTED || this == IN_PROCESS || this == INFORMATION_REQUESTED;
    }

    public boolean isFinal() {
        return this == APPROVED || this == DENIED || this == WITHDRAWN;
    }

    /** The statuses an enrollment may move to from this one. */
    public Set<EnrollmentStatus> next() {
        return switch (this) {
            case NOT_STARTED -> EnumSet.of(GATHERING, SUBMITTED, WITHDRAWN);
            case GATHERING -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(IN_PROCESS, INFORMATION_REQUESTED, APPROVED, DENIED, WITHDRAWN);
            case IN_PROCESS -> EnumSet.of(INFORMATION_REQUESTED, APPROVED, DENIED, WITHDRAWN);
            case INFORMATION_REQUESTED -> EnumSet.of(IN_PROCESS, APPROVED, DENIED, WITHDRAWN);
            case APPROVED -> EnumSet.noneOf(EnrollmentStatus.class);
            case DENIED, WITHDRAWN -> EnumSet.of(GATHERING);
        };
    }
}
