package org.creddesk.roster;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header row under title rows, blank rows and instructions: among the first rows, the one where most
 * cells are known header wordings (at least two, one of them NPI or a last name).
 */
public final class HeaderDetector {
    static final int ROWS_TO_SCAN = 30;

    private HeaderDetector() {
    }

    public record HeaderRow(int number, List<String> headers, int score) {
    }

    public static Optional<HeaderRow> detect(SpreadsheetReader reader, String sheet) {
        List<SheetRow> first = new ArrayList<>();
        reader.read(sheet, row -> {
            first.add(row);
            return first.size() < ROWS_TO_SCAN;
        });
        return detect(first);
    }

    public static Optional<HeaderRow> detect(List<SheetRow> rows) {
        HeaderRow best = null;
        for (SheetRow row : rows) {
            Set<RosterField> found = EnumSet.noneOf(RosterField.class);
            for (String cell : row.cells()) {
                RosterField.forHeader(cell).ifPresent(found::add);
            }
            boolean anchored = found.contains(RosterField.NPI) || found.contains(RosterField.LAST_NAME);
            if (found.size() >= 2 && anchored && (best == null || found.size() > best.score())) {
                best = new HeaderRow(row.number(), trimmed(row.cells()), found.size());
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> trimmed(List<String> cells) {
        List<String> result = new ArrayList<>();
        for (String c : cells) {
            result.add(c == null ? "" : c.strip());
        }
        return result;
    }
}
