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
}
