package org.creddesk.domain;

import java.time.LocalDate;

/** A name the provider used before or beside the legal name (maiden, former, alias). */
public record OtherName(String id, String providerId, String kind, String lastName, String firstName,
                        String middleName, LocalDate usedFrom, LocalDate usedUntil) {
}
