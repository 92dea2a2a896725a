package org.creddesk.roster;

import java.util.List;

/**
 * One spreadsheet row as text: {@code number} is the row number Excel shows (1-based); {@code kinds} says which
 * cells were numbers (empty when every cell is text, as in CSV); {@code flaws} are cells the reader distrusts.
 */
public record SheetRow(int number, List<String> cells, List<CellKind> kinds, List<CellFlaw> flaws) {
    public SheetRow {
        kinds = kinds == null ? List.of() : kinds;
        flaws = flaws == null ? List.of() : flaws;
    }

    public SheetRow(int number, List<String> cells) {
        this(number, cells, List.of(), List.of());
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    public CellKind kind(int column) {
        return column < kinds.size() ? kinds.get(column) : CellKind.TEXT;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> ValueNormalizer.clean(c) == null);
    }

    public long filledCells() {
        return cells.stream().filter(c -> c != null && !c.isBlank()).count();
    }
}
