package org.creddesk.roster;

import java.util.List;

/**
 * The outcome of reading a roster against the store: every row's status, the rejected rows and dropped cells,
 * the providers of this source the roster no longer lists, and (after an apply) the import id for undo.
 */
public record ImportReport(String fileName, String sha256, String source, String sheet, ColumnMapping mapping,
                           int rows, List<RowOutcome> outcomes, List<RowIssue> rejected, List<RowIssue> warnings,
                           List<String> missing, String importId) {
    public List<String> npis(RowStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).map(RowOutcome::npi).toList();
    }

    /** The conflicts waiting for a person (not those answered "keep mine" for the same value before). */
    public List<Conflict> conflicts() {
        return outcomes.stream().flatMap(o -> o.conflicts().stream()).filter(c -> !c.isAnswered()).toList();
    }

    /** Differences not applied because a person already kept the current value against this very roster value. */
    public List<Conflict> keptAsAnswered() {
        return outcomes.stream().flatMap(o -> o.conflicts().stream()).filter(Conflict::isAnswered).toList();
    }

    public long count(RowStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
