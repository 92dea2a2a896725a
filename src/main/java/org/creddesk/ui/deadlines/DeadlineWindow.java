package org.creddesk.ui.deadlines;

/** The windows of the dashboard: what is alerting now (its own warning window), or due within N days. */
public enum DeadlineWindow {
    ALERTING(null), DAYS_7(7), DAYS_30(30), DAYS_60(60), DAYS_90(90);

    private final Integer days;

    DeadlineWindow(Integer days) {
        this.days = days;
    }

    public Integer days() {
        return days;
    }

    public String textKey() {
        return "deadlines.window." + name().toLowerCase();
    }
}
