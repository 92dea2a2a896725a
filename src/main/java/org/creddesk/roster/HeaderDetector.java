package org.creddesk.roster;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header row under title rows, blank rows and instructions: among the first rows, the one whose cells
 * name the most fields ({@link HeaderScorer}; at least two, one of them the NPI or a last name). The rows under it
 * are kept as samples, the evidence the column matcher reads values from.
 */
public final class HeaderDetector {
    static final int ROWS_TO_SCAN = 30;
    /** Data rows read under the header as evidence for the mapping. */
    static final int SAMPLE_ROWS = 50;

    private HeaderDetector() {
    }

    /** The header row (Excel's row number), its cells, how many fields it names, and data rows under it. */
    public record HeaderRow(int number, List<String> headers, int score, List<SheetRow> samples) {
        public HeaderRow {
            headers = List.copyOf(headers);
            samples = List.copyOf(samples);
        }
    }

    public static Optional<HeaderRow> detect(SpreadsheetReader reader, String sheet) {
        return detect(firstRows(reader, sheet));
    }

    /** The first row with at least two filled cells, as the header of a layout no wording names. */
    public static Optional<HeaderRow> firstFilledRow(SpreadsheetReader reader, String sheet) {
        List<SheetRow> rows = firstRows(reader, sheet);
        for (SheetRow row : rows) {
            if (row.number() > ROWS_TO_SCAN) {
                break;
            }
            if (row.filledCells() >= 2) {
                return Optional.of(new HeaderRow(row.number(), trimmed(row.cells()), 0, samplesAfter(rows, row)));
            }
        }
        return Optional.empty();
    }

    private static List<SheetRow> firstRows(SpreadsheetReader reader, String sheet) {
        List<SheetRow> first = new ArrayList<>();
        reader.read(sheet, row -> {
            first.add(row);
            return first.size() < ROWS_TO_SCAN + SAMPLE_ROWS;
        });
        return first;
    }

    public static Optional<HeaderRow> detect(List<SheetRow> rows) {
        SheetRow best = null;
        int bestScore = 0;
        for (SheetRow row : rows) {
            if (row.number() > ROWS_TO_SCAN) {
                break;
            }
            Set<RosterField> found = EnumSet.noneOf(RosterField.class);
            for (String cell : row.cells()) {
                if (cell != null && !cell.isBlank()) {
                    RosterField.forHeader(cell).ifPresent(found::add);
                }
            }
            boolean anchored = found.contains(RosterField.NPI) || found.contains(RosterField.LAST_NAME);
            if (found.size() >= 2 && anchored && found.size() > bestScore) {
                best = row;
                bestScore = found.size();
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new HeaderRow(best.number(), trimmed(best.cells()), bestScore, samplesAfter(rows, best)));
    }

    private static List<SheetRow> samplesAfter(List<SheetRow> rows, SheetRow header) {
        List<SheetRow> samples = new ArrayList<>();
        for (SheetRow r : rows) {
            if (r.number() > header.number() && !r.isBlank() && samples.size() < SAMPLE_ROWS) {
                samples.add(r);
            }
        }
        return samples;
    }

    private static List<String> trimmed(List<String> cells) {
        List<String> result = new ArrayList<>();
        for (String c : cells) {
            result.add(c == null ? "" : c.strip());
        }
        return result;
    }
}
