package org.creddesk.domain.workflow;

/**
 * Which providers the pipeline shows: each part null for "any". {@code specialty} is a taxonomy code or its start
 * ("207Q"), {@code payerId} a payer the provider has an enrollment with, {@code state} a practice-location state.
 */
public record PipelineFilter(String coordinator, String payerId, String specialty, String state) {
    public static final PipelineFilter ALL = new PipelineFilter(null, null, null, null);

    public PipelineFilter {
        coordinator = blankToNull(coordinator);
        payerId = blankToNull(payerId);
        specialty = blankToNull(specialty);
        state = state == null || state.isBlank() ? null : state.strip().toUpperCase();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
