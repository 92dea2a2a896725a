package org.creddesk.domain.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A hit in the review queue: the list row (as last seen) beside the provider's data, how strong, why, and where
 * review stands. One hit per provider and list row; later screenings update it. {@code absentSince} and
 * {@code absence}: the day a screening first no longer found the row among the rows in force, and why (the list
 * dropped it, or shows the exclusion ended); both null while the latest screening finds it. Such a hit is kept
 * as it stands until a person disposes of it (issue 11: never auto-clear).
 */
public record ScreeningHit(String id, String providerId, String providerName, String providerNpi,
                           LocalDate providerDateOfBirth, MatchStrength strength, List<String> reasons,
                           ExclusionRecord listRow, String listVersionId, HitStatus status, String fingerprint,
                           String firstRunId, String lastRunId, LocalDate absentSince, String absence) {
    public ScreeningHit {
        reasons = List.copyOf(reasons);
    }

    public ListSource source() {
        return listRow.source();
    }

    /** Whether the latest screening no longer found the row among the rows in force. */
    public boolean absent() {
        return absentSince != null;
    }
}
