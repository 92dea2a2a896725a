package org.creddesk.domain.adequacy;

import java.util.List;

/**
 * What an adequacy run found: per specialty group (and within it per county of the members) the members, the
 * members within the group's max miles of one of its providers, the providers per 1,000 members and pass or fail;
 * plus the provider locations left out because their ZIP is not in the geography.
 */
public record AdequacyResult(List<GroupResult> groups, List<String> unplacedProviderZips, int providerSites,
                             int zipsWithMembers) {
    public AdequacyResult {
        groups = List.copyOf(groups);
        unplacedProviderZips = List.copyOf(unplacedProviderZips);
    }

    /** Figures for one area: a whole specialty group, or one county within it. */
    public record Figures(long members, long coveredMembers, int providers, boolean pass, List<String> failingZips) {
        public Figures {
            failingZips = List.copyOf(failingZips);
        }

        /** Covered members over all members (0 when there are none). */
        public double coveredShare() {
            return members == 0 ? 0 : (double) coveredMembers / members;
        }

        /** Providers counted (within max miles of at least one member) per 1,000 members. */
        public double providersPer1000() {
            return members == 0 ? 0 : providers * 1000.0 / members;
        }
    }

    public record CountyResult(County county, Figures figures) {
    }

    public record GroupResult(AdequacyStandard standard, Figures figures, List<CountyResult> counties) {
        public GroupResult {
            counties = List.copyOf(counties);
        }

        public String specialtyGroup() {
            return standard.specialtyGroup();
        }
    }
}
