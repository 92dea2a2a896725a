package org.creddesk.store;

import java.time.LocalDate;

/** A provider listed by one roster source, with that source's effective and termination dates. */
public record RosterMember(String id, String source, String providerId, LocalDate effective, LocalDate termination,
                           String action) {
}
