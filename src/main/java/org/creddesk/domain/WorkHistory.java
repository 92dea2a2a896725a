package org.creddesk.domain;

import java.time.LocalDate;

/** One job. Dates are month precision (stored as the first day of the month); {@code ended} null means current. */
public record WorkHistory(String id, String providerId, String employer, String position, String city,
                          String state, LocalDate started, LocalDate ended, String gapExplanation) {
}
