package org.creddesk.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the visible background task is doing: title, message, progress (−1 when unknown). Its properties change on
 * the FX thread only (or the test thread with the immediate runner), so views bind to them directly.
 */
public final class TaskStatus {
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private volatile boolean cancelRequested;

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Asks the running task to stop at its next {@code checkCancelled()}. */
    public void cancel() {
        cancelRequested = true;
    }

    boolean isCancelRequested() {
        return cancelRequested;
    }

    void started(String newTitle) {
        cancelRequested = false;
        title.set(newTitle);
        message.set("");
        progress.set(-1);
        running.set(true);
    }

    void update(long done, long total, String newMessage) {
        progress.set(total <= 0 ? -1 : (double) done / total);
        message.set(newMessage == null ? "" : newMessage);
    }

    void finished() {
        running.set(false);
        progress.set(0);
        message.set("");
        title.set("");
    }
}
