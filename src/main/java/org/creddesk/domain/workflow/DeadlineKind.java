package org.creddesk.domain.workflow;

import java.util.Arrays;
import java.util.Optional;

/** What a deadline is about; {@link #code()} is the name scripts and the CLI use. */
public enum DeadlineKind {
    LICENSE("license"), DEA("dea"), CDS("cds"), BOARD("board"), MALPRACTICE("malpractice"),
    RECREDENTIALING("recredentialing"), CAQH("caqh"), REAPPOINTMENT("reappointment"), REVALIDATION("revalidation"),
    FOLLOW_UP("follow-up"), PSV("psv"), ENROLLMENT("enrollment"),
    SCREENING("screening"), DECISION_NOTICE("decision-notice"),
    CONTRACT_RENEWAL("contract-renewal");

    private final String code;

    DeadlineKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DeadlineKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code.strip())).findFirst();
    }
}
