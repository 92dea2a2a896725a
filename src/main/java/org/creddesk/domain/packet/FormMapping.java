package org.creddesk.domain.packet;

import java.time.Instant;
import java.util.Map;

/** One saved version of the field mapping of a form version: field name to template. */
public record FormMapping(String formName, String formSignature, int version, Map<String, String> fields,
                          String createdBy, Instant createdAt) {
    public FormMapping {
        fields = Map.copyOf(fields);
    }
}
