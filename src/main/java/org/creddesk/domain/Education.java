package org.creddesk.domain;

import java.time.LocalDate;

/** Education or training: medical school, internship, residency, fellowship. */
public record Education(String id, String providerId, String kind, String institution, String degree,
                        String program, LocalDate started, LocalDate completed) {
}
