package org.creddesk.packet;

import java.util.Map;

/**
 * What the profile shows beside the file itself: how many years of malpractice claims it lists (the
 * claims-history setting) and the taxonomy code set's description of each code ("207R00000X": "Internal Medicine
 * Physician"; a code the code set does not know is absent).
 */
public record ProfileFacts(int claimsHistoryYears, Map<String, String> taxonomyDescriptions) {
    public ProfileFacts {
        taxonomyDescriptions = Map.copyOf(taxonomyDescriptions);
    }

    /** DOMAIN.md's 5 years and no code set imported. */
    public static ProfileFacts defaults() {
        return new ProfileFacts(5, Map.of());
    }
}
