package org.creddesk.roster;

/** A cell's value after normalization, or why it could not be read (then {@code value} is null). */
public record CellValue(String value, String problem) {
    static final CellValue EMPTY = new CellValue(null, null);

    static CellValue of(String value) {
        return new CellValue(value, null);
    }

    static CellValue invalid(String problem) {
        return new CellValue(null, problem);
    }

    public boolean isEmpty() {
        return value == null && problem == null;
    }

    public boolean isValid() {
        return problem == null;
    }
}
