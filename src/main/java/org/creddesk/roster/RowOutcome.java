package org.creddesk.roster;

import java.util.List;

/**
 * One data row of the preview: its status, the provider it matched, the field changes it brings and the
 * conflicts (changes over a hand-edited or verified value) a person must decide.
 */
public record RowOutcome(int row, String npi, String name, RowStatus status, String providerId,
                         List<FieldDiff> changes, List<Conflict> conflicts, String reason) {
    public RowOutcome {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
    }
}
