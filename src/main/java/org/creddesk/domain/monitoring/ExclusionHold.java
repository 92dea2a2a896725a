package org.creddesk.domain.monitoring;

/**
 * What holds one provider in exclusion screening: hits waiting for a reviewer (open or "cannot determine") and
 * hits a reviewer confirmed. Shown wherever people work with the provider (lists, boards, packet pre-flight).
 */
public record ExclusionHold(String providerId, int pendingHits, int confirmedHits) {
    public boolean confirmed() {
        return confirmedHits > 0;
    }
}
