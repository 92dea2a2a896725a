package org.creddesk.domain;

import java.time.LocalDate;

/** A DEA registration (one per state) or a state CDS certificate. */
public record DeaRegistration(String id, String providerId, RegistrationKind kind, String number, String state,
                              String schedules, LocalDate issued, LocalDate expires) {
}
