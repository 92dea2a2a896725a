package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a provider stands in exclusion screening, beside the workflow data: the last screening day (null when
 * never), the day the provider was added (a never-screened provider is due from then), and the hits of the
 * latest screening that wait for a reviewer or were confirmed.
 */
public record ScreeningStanding(LocalDate lastScreened, LocalDate addedOn, int pendingHits, int confirmedHits) {
    public static final ScreeningStanding UNKNOWN = new ScreeningStanding(null, null, 0, 0);

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
