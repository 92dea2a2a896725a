package org.creddesk.roster;

/**
 * How much one roster file may hold before reading it is refused, so a hostile or broken file ends in a sentence
 * instead of an OutOfMemoryError. Rows, columns and cell text are Excel's own limits: no spreadsheet a person
 * made can exceed them. The row and shared-text budgets keep a read well inside a 256 MB heap.
 */
final class SpreadsheetLimits {
    /** Excel's last column, XFD. */
    static final int MAX_COLUMNS = 16_384;
    /** Excel's last row. */
    static final int MAX_ROWS = 1_048_576;
    /** The most characters an Excel cell holds. */
    static final int MAX_CELL_CHARS = 32_767;
    /** A roster row of 22 columns is under 2,000 characters; a million means the file is not a roster. */
    static final int MAX_ROW_CHARS = 1_000_000;

    private SpreadsheetLimits() {
    }

    /**
     * Bytes the shared-strings table of one xlsx may take in memory: 64 MB, or a quarter of the heap when that
     * is smaller (a 100,000-row roster of real text takes about 10 MB).
     */
    static long sharedStringsBudget() {
        return Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 4);
    }

    /** "A1"-style name of a zero-based column: 0 is A, 16383 is XFD. */
    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
