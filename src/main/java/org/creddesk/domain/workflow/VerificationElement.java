package org.creddesk.domain.workflow;

/** What a primary-source verification covers. */
public enum VerificationElement {
    LICENSE("License"), DEA_CDS("DEA/CDS"), EDUCATION("Education and training"),
    BOARD_CERTIFICATION("Board certification"), WORK_HISTORY("Work history"),
    MALPRACTICE_HISTORY("Malpractice history"), SANCTIONS("Sanctions and exclusions");

    private final String label;

    VerificationElement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
