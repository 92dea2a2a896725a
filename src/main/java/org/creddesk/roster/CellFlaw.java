package org.creddesk.roster;

/**
 * A cell the reader could not take at face value (a quote inside an unquoted CSV field, text longer than a
 * spreadsheet cell holds): {@code column} is zero-based, {@code message} says what is wrong in a person's words.
 */
public record CellFlaw(int column, String message) {
}
