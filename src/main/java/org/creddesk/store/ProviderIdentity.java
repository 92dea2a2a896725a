package org.creddesk.store;

import java.time.LocalDate;

/** The few columns roster matching needs for every stored provider (NPI, then name and date of birth). */
public record ProviderIdentity(String id, String npi, String lastName, String firstName, LocalDate dateOfBirth) {
}
