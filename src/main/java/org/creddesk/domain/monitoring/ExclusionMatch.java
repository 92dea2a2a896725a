package org.creddesk.domain.monitoring;

import java.util.List;

/**
 * A list row that may be about a screened provider, with how sure and why. {@code elsewhere}: a name-only match
 * whose row is listed outside the provider's states (or with no state); it stays possible but ranks lower.
 */
public record ExclusionMatch(String providerId, ExclusionRecord record, MatchStrength strength, boolean elsewhere,
                             List<String> reasons) {
    public ExclusionMatch {
        reasons = List.copyOf(reasons);
    }

    /** Where the match sorts in the review queue, best first: by strength, then in-state before elsewhere. */
    public int rank() {
        return rank(strength, elsewhere);
    }

    public static int rank(MatchStrength strength, boolean elsewhere) {
        return strength.ordinal() * 2 + (elsewhere ? 1 : 0);
    }
}
