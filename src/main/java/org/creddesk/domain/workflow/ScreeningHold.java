package org.creddesk.domain.workflow;

import java.util.List;

/**
 * An undecided or confirmed exclusion-screening hit holds the sanctions/exclusions verification (ADR 0013): an
 * older clean screening does not make a provider with a newer open or confirmed hit fit for approval.
 */
public final class ScreeningHold {
    private ScreeningHold() {
    }

    public static List<PsvCheck> apply(List<PsvCheck> checks, ScreeningStanding standing) {
        if (!standing.holdsVerification()) {
            return checks;
        }
        String why = String.join("; ", standing.holds());
        return checks.stream().map(c -> c.requirement().element() == VerificationElement.SANCTIONS
                ? c.heldBecause(why) : c).toList();
    }
}
