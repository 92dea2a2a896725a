package org.creddesk.domain.monitoring;

import java.util.List;

/** A list row that may be about a screened provider, with how sure and why. */
public record ExclusionMatch(String providerId, ExclusionRecord record, MatchStrength strength, List<String> reasons) {
    public ExclusionMatch {
        reasons = List.copyOf(reasons);
    }
}
