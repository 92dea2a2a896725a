package org.creddesk.domain;

import java.time.LocalDate;

/** A specialty board certification (board, specialty, initial certification and expiry). */
public record BoardCertification(String id, String providerId, String board, String specialty,
                                 LocalDate initialCertified, LocalDate expires, String status) {
}
