package org.creddesk.domain;

import java.time.Instant;
import java.util.List;

/**
 * One row of the append-only change log: a change to one entity, with its field-level differences, who made it,
 * from where ({@code source}: manual, roster:&lt;file sha&gt;, sync:&lt;user&gt;, sample, nppes...) and when.
 */
public record AuditEntry(long seq, String operationId, String entity, String entityId, String providerId,
                         ChangeAction action, List<FieldChange> changes, String source, String actor,
                         String device, Instant at) {
    public AuditEntry {
        changes = List.copyOf(changes);
    }
}
