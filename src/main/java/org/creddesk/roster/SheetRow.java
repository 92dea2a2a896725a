package org.creddesk.roster;

import java.util.List;

/** One spreadsheet row as text: {@code number} is the row number Excel shows (1-based). */
public record SheetRow(int number, List<String> cells) {
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> ValueNormalizer.clean(c) == null);
    }

    public long filledCells() {
        return cells.stream().filter(c -> c != null && !c.isBlank()).count();
    }
}
