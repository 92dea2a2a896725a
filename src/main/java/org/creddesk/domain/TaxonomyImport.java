package org.creddesk.domain;

import java.time.Instant;

/** One import of the NUCC code set: which version from which file, what it changed, who and when. */
public record TaxonomyImport(String id, String version, String fileName, String sha256, int added, int changed,
                             int removed, int total, Instant importedAt, String actor) {
}
