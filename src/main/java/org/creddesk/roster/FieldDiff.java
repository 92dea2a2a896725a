package org.creddesk.roster;

/** One field a row would change: the stored value and the roster's value (stored text forms, ISO dates). */
public record FieldDiff(RosterField field, String current, String incoming) {
}
