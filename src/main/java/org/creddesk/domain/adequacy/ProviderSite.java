package org.creddesk.domain.adequacy;

import java.util.Set;

/** One active provider at one practice location: the provider's id, the location's ZIP, its taxonomy codes. */
public record ProviderSite(String providerId, String zip, Set<String> taxonomyCodes) {
    public ProviderSite {
        taxonomyCodes = Set.copyOf(taxonomyCodes);
    }
}
