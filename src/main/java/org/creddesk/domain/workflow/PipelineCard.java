package org.creddesk.domain.workflow;

import java.time.LocalDate;

/** One provider on the pipeline: who, their primary specialty code and state, and since when in its stage. */
public record PipelineCard(String providerId, String npi, String lastName, String firstName, String specialty,
                           String state, String coordinator, LifecycleStage stage, LocalDate since) {
    public String displayName() {
        return (lastName == null ? "" : lastName) + ", " + (firstName == null ? "" : firstName);
    }
}
