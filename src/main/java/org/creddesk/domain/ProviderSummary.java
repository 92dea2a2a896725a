package org.creddesk.domain;

import java.time.LocalDate;

/** One row of the provider list: enough to show and find, cheap to load by the thousand. */
public record ProviderSummary(String id, String npi, String lastName, String firstName, String degree,
                             String primaryTaxonomy, String state, String caqhId, ProviderStatus status,
                             LocalDate nextExpiry) {
}
