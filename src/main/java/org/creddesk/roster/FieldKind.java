package org.creddesk.roster;

/** How a roster column's text is read and compared. */
public enum FieldKind {
    TEXT, NAME, NPI, DATE, FLAG, STATE, ZIP, PHONE, DIGITS, TIN, DEA, TAXONOMY, ACTION
}
