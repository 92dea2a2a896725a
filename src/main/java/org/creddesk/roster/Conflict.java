package org.creddesk.roster;

import java.time.Instant;

/**
 * An incoming value that differs from one a person edited or verified since the last import of this source:
 * never applied without a decision. {@code source} and {@code at} say where the current value came from.
 */
public record Conflict(int row, String npi, RosterField field, String current, String incoming, String source,
                       Instant at) {
}
