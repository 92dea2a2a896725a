package org.creddesk.domain.adequacy;

import java.util.List;

/**
 * One specialty group's standard: which providers count (taxonomy codes starting with one of the prefixes), the
 * most straight-line miles a member may be from the nearest of them, the minimum providers per 1,000 members and
 * the share of members that must be covered. {@code maxMinutes} is shown when the source gives it (CMS does) but
 * cannot be checked without a road network: it is never evaluated.
 */
public record AdequacyStandard(String specialtyGroup, List<String> taxonomyPrefixes, double maxMiles,
                               Integer maxMinutes, double minProvidersPer1000, double minCoveredShare) {
    public AdequacyStandard {
        taxonomyPrefixes = List.copyOf(taxonomyPrefixes);
        if (specialtyGroup == null || specialtyGroup.isBlank()) {
            throw new IllegalArgumentException("a standard needs a specialty group");
        }
        if (taxonomyPrefixes.isEmpty()) {
            throw new IllegalArgumentException(specialtyGroup + ": no taxonomy prefix");
        }
        if (!(maxMiles > 0) || maxMiles > 500) {
            throw new IllegalArgumentException(specialtyGroup + ": max miles must be above 0 and at most 500");
        }
        if (!(minProvidersPer1000 >= 0)) {
            throw new IllegalArgumentException(specialtyGroup + ": providers per 1,000 cannot be negative");
        }
        if (!(minCoveredShare >= 0 && minCoveredShare <= 1)) {
            throw new IllegalArgumentException(specialtyGroup + ": the covered share is between 0 and 1");
        }
    }

    /** True when a provider with this taxonomy code belongs to the group. */
    public boolean covers(String taxonomyCode) {
        if (taxonomyCode == null) {
            return false;
        }
        for (String prefix : taxonomyPrefixes) {
            if (taxonomyCode.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A taxonomy prefix is 1 to 10 letters and digits (a whole NUCC code is 10, ending in X); anything else is a
     * typing slip that would silently match nobody.
     */
    public static boolean isValidPrefix(String prefix) {
        return prefix != null && prefix.matches("[0-9A-Z]{1,10}");
    }
}
