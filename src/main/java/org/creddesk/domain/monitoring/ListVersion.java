package org.creddesk.domain.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/** One imported list file, kept as evidence: which file, when the person downloaded it, its size and hash. */
public record ListVersion(String id, ListSource source, ListKind kind, String fileName, LocalDate downloadedOn,
                          Instant importedAt, int rowCount, String sha256) {
}
