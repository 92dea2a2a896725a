package org.creddesk.domain.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A hit in the review queue: the list row (as last seen) beside the provider's data, how strong, why, and where
 * review stands. One hit per provider and list row; later screenings update it.
 */
public record ScreeningHit(String id, String providerId, String providerName, String providerNpi,
                           LocalDate providerDateOfBirth, MatchStrength strength, List<String> reasons,
                           ExclusionRecord listRow, String listVersionId, HitStatus status, String fingerprint,
                           String firstRunId, String lastRunId) {
    public ScreeningHit {
        reasons = List.copyOf(reasons);
    }

    public ListSource source() {
        return listRow.source();
    }
}
