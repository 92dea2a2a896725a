package org.creddesk.ui.roster;

/** The wizard's pages, in order. */
public enum RosterImportSteps {
    CHOOSE_FILE, MAP_COLUMNS, PREVIEW, DONE
}
