package org.creddesk.domain.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reviewer's disposition of a hit, with the evidence an auditor asks for: the list file, the date it was
 * downloaded, its SHA-256, and the fingerprint of the row as it was when decided.
 */
public record HitDecision(String id, String hitId, String providerId, Disposition disposition, String note,
                          String actor, Instant decidedAt, String rowFingerprint, String listVersionId,
                          String listFileName, LocalDate listDownloadedOn, String listSha256) {
}
