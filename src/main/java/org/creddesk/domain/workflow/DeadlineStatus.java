package org.creddesk.domain.workflow;

/** Where a deadline stands on a given day: past its date, inside its warning window, or not yet alerting. */
public enum DeadlineStatus {
    OVERDUE("overdue"), DUE("due"), UPCOMING("upcoming");

    private final String code;

    DeadlineStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
