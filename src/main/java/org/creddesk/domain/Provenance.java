package org.creddesk.domain;

import java.time.Instant;

/** Where a field's current value came from: the newest change-log row that set it. */
public record Provenance(String entity, String entityId, String field, String value, String source, String actor,
                         Instant at) {
    public boolean isManual() {
        return ChangeContext.MANUAL.equals(source);
    }
}
