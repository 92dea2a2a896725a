package org.creddesk.monitoring;

import java.util.List;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.ListSource;

/** The columns of one kind of list file and how a row of it becomes an {@link ExclusionRecord}. */
interface ListLayout {
    ListSource source();

    /** A short name for messages ("OIG LEIE", "SAM.gov exclusions extract"). */
    String description();

    ExclusionRecord map(List<String> fields, long line) throws RowProblem;

    /** Trims a cell; empty, all-zero and the literal "null" mean no value. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || "null".equalsIgnoreCase(s) || s.chars().allMatch(c -> c == '0')) {
            return null;
        }
        return s;
    }
}
