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

    public List<Conflict> conflicts() {
        return outcomes.stream().flatMap(o -> o.conflicts().stream()).toList();
    }

    public long count(RowStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
