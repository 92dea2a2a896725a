package org.creddesk.ui.monitoring;

/** One line of the side-by-side view: what the provider's file says and what the list row says. */
public record ComparisonLine(String label, String provider, String list, boolean agrees) {
}
