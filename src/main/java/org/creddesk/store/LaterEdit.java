package org.creddesk.store;

import java.time.Instant;

/**
 * A field an import wrote that somebody changed after it (by hand, a verification, another import): undoing the
 * import would throw that newer value away. {@code importValue} is what the import wrote, {@code currentValue}
 * what the field holds now.
 */
public record LaterEdit(String providerId, String entity, String entityId, String field, String importValue,
                        String currentValue, String source, String actor, Instant at) {
}
