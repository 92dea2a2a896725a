package org.creddesk.app;

import java.util.HashMap;
import java.util.Map;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.TaxonomyDescriptions;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.packet.ProfileFacts;
import org.creddesk.packet.ProfileFactsSource;
import org.creddesk.taxonomy.TaxonomyService;

/** A packet profile's facts as in force when it is made: the claims-history setting and the NUCC descriptions. */
final class PacketProfileFacts implements ProfileFactsSource {
    private final TaxonomyService taxonomy;
    private final DeadlinePolicy policy;

    PacketProfileFacts(TaxonomyService taxonomy, DeadlinePolicy policy) {
        this.taxonomy = taxonomy;
        this.policy = policy;
    }

    @Override
    public ProfileFacts factsFor(ProviderFile file) {
        TaxonomyDescriptions codes = taxonomy.descriptions();
        Map<String, String> described = new HashMap<>();
        file.taxonomies().forEach(t -> codes.of(t.code()).ifPresent(d -> described.put(t.code(), d)));
        return new ProfileFacts(policy.settings().claimsHistoryYears(), described);
    }
}
