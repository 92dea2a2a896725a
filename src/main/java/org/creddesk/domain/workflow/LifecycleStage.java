package org.creddesk.domain.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a provider stands in the network's lifecycle (issue 14). The order of the constants is the order of the
 * pipeline; {@link #INACTIVE} stands apart (a retired provider), so facts never count it as "further".
 */
public enum LifecycleStage {
    RECRUITING("Recruiting"), CREDENTIALING("Credentialing"), CONTRACTING("Contracting"), ONBOARDING("Onboarding"),
    ONGOING("Ongoing"), INACTIVE("Inactive");

    private final String label;

    LifecycleStage(String label) {
        this.label = label;
    }

    /** The English name people and the CLI use ("Credentialing"). */
    public String label() {
        return label;
    }

    /** A stage by its name as people write it ("credentialing", "Ongoing", "ONBOARDING"). */
    public static Optional<LifecycleStage> fromName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(wanted) || s.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** Whether this stage comes later in the pipeline than {@code other} (Inactive is never "later"). */
    public boolean isAfter(LifecycleStage other) {
        return this != INACTIVE && other != INACTIVE && ordinal() > other.ordinal();
    }
}
