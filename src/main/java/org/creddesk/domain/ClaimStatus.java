package org.creddesk.domain;

/** Where a malpractice claim stands. */
public enum ClaimStatus {
    OPEN("Open"), CLOSED_PAID("Closed, paid"), CLOSED_NO_PAYMENT("Closed, no payment"), DISMISSED("Dismissed");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
