package org.creddesk.domain;

import java.time.LocalDate;

/** Hospital affiliation with appointment date and the facility's reappointment cycle (24 or 36 months). */
public record Affiliation(String id, String providerId, String facility, String status, LocalDate appointed,
                          LocalDate lastReappointed, Integer reappointmentMonths) {
}
