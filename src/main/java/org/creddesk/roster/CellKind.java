package org.creddesk.roster;

/**
 * What a spreadsheet cell held before it became text. Only a number cell of an xlsx/xls may be an Excel date
 * serial; a number shown in scientific notation ({@code 1.23E+09}) is told apart because Excel users see it so
 * and lossy copies of such cells are common in NPI columns.
 */
public enum CellKind {
    TEXT, NUMBER, NUMBER_SHOWN_SCIENTIFIC;

    public boolean isNumber() {
        return this != TEXT;
    }
}
