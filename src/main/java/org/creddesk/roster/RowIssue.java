package org.creddesk.roster;

/**
 * A problem on one row: {@code row} as Excel numbers it, the column header and value when one cell is at fault
 * (both null for a whole-row problem), and the message ("'02/31/2027' is not a date").
 */
public record RowIssue(int row, String column, String value, String message) {
}
