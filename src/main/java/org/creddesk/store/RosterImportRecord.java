package org.creddesk.store;

import java.time.Instant;

/** One applied roster import: its file, source, counts and the change-log operation that holds its writes. */
public record RosterImportRecord(String id, String source, String fileName, String sha256, String opId, int rows,
                                 int added, int updated, int unchanged, int rejected, int conflicts, int missing,
                                 Instant importedAt, Instant undoneAt, String undoOpId) {
}
