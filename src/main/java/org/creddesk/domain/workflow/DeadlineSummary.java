package org.creddesk.domain.workflow;

/** Counts for one dashboard group (everything, a kind, a coordinator) on a day; the windows are cumulative. */
public record DeadlineSummary(String group, int overdue, int within7, int within30, int within60, int within90) {
}
