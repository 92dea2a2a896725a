package org.creddesk.roster;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where an export finds a provider's effective date in a payer's network (the approved enrollment); the roster
 * feature does not read enrollments itself.
 */
@FunctionalInterface
public interface NetworkDates {
    NetworkDates NONE = (providerId, payer) -> Optional.empty();

    Optional<LocalDate> effective(String providerId, String payer);

    /** The dates of a provider's standing contract with a payer: its start, end and notice date (each may be null). */
    record ContractDates(LocalDate effective, LocalDate end, LocalDate notice) {
    }

    /** The provider's standing contract with {@code payer} (the latest starting, when several stand). */
    default Optional<ContractDates> contract(String providerId, String payer) {
        return Optional.empty();
    }
}
