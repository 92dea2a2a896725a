package org.creddesk.domain;

/** A NUCC taxonomy code held by a provider; exactly one is primary. */
public record ProviderTaxonomy(String id, String providerId, String code, String description, boolean primary) {
}
