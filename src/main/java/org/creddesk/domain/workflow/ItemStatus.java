package org.creddesk.domain.workflow;

/** pending → requested → received → verified, or waived with a reason. */
public enum ItemStatus {
    PENDING, REQUESTED, RECEIVED, VERIFIED, WAIVED;

    public boolean isOpen() {
        return this != VERIFIED && this != WAIVED;
    }
}
