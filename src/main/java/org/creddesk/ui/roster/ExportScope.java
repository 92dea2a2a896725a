package org.creddesk.ui.roster;

/** Which providers an export from the window lists; the last one is the payer delta (Adds / Updates / Terms). */
public enum ExportScope {
    ALL(false), SEARCH(true), GROUP(true), ENROLLED_WITH(true), CHANGES_SINCE_LAST_EXPORT(true);

    private final boolean needsValue;

    ExportScope(boolean needsValue) {
        this.needsValue = needsValue;
    }

    public boolean needsValue() {
        return needsValue;
    }
}
