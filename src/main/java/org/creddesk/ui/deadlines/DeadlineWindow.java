package org.creddesk.ui.deadlines;

/** The windows of the dashboard: what is alerting now (its own warning window), or due within N days. */
public enum DeadlineWindow {
    ALERTING(null, "deadlines.window.alerting"), DAYS_7(7, "deadlines.window.days_7"),
    DAYS_30(30, "deadlines.window.days_30"), DAYS_60(60, "deadlines.window.days_60"),
    DAYS_90(90, "deadlines.window.days_90");

    private final Integer days;
    private final String textKey;

    DeadlineWindow(Integer days, String textKey) {
        this.days = days;
        this.textKey = textKey;
    }

    public Integer days() {
        return days;
    }

    public String textKey() {
        return textKey;
    }
}
