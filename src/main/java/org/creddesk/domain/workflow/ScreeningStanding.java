package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a provider stands in exclusion screening, beside the workflow data: the last screening day (null when
 * never), the day the provider was added (a never-screened provider is due from then), the hits of the latest
 * screening that wait for a reviewer or were confirmed, and the download day of the earliest exclusion list newer
 * than the last screening ({@code alertSince}, null when none): an alert that brings the next screening forward.
 */
public record ScreeningStanding(LocalDate lastScreened, LocalDate addedOn, int pendingHits, int confirmedHits,
                                LocalDate alertSince) {
    public static final ScreeningStanding UNKNOWN = new ScreeningStanding(null, null, 0, 0);

    /** A standing with no list newer than the last screening. */
    public ScreeningStanding(LocalDate lastScreened, LocalDate addedOn, int pendingHits, int confirmedHits) {
        this(lastScreened, addedOn, pendingHits, confirmedHits, null);
    }

    public static ScreeningStanding addedOn(LocalDate day) {
        return new ScreeningStanding(null, day, 0, 0);
    }

    /** An undecided or confirmed hit keeps the screening from counting as a clean verification. */
    public boolean holdsVerification() {
        return pendingHits > 0 || confirmedHits > 0;
    }

    /** Why the sanctions/exclusions verification does not count, in words a coordinator can act on. */
    public List<String> holds() {
        List<String> result = new ArrayList<>();
        if (confirmedHits > 0) {
            result.add(confirmedHits == 1 ? "a reviewer confirmed an exclusion-list match"
                    : "a reviewer confirmed " + confirmedHits + " exclusion-list matches");
        }
        if (pendingHits > 0) {
            result.add(pendingHits == 1 ? "1 screening hit waits for review (creddesk screen hits)"
                    : pendingHits + " screening hits wait for review (creddesk screen hits)");
        }
        return result;
    }
}
