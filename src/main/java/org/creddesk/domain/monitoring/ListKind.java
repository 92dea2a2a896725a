package org.creddesk.domain.monitoring;

/** What an imported file does to the list it belongs to. */
public enum ListKind {
    /** The whole list (LEIE UPDATED.csv, the SAM extract): replaces what was there. */
    FULL,
    /** A monthly supplement (LEIE YYMMEXCL.csv / YYMMREIN.csv): adds exclusions and closes reinstated ones. */
    SUPPLEMENT
}
