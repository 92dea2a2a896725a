package org.creddesk.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A notice across the top of the main window (e.g. what fell due since the last visit): not modal, dismissable,
 * with one link that takes the person where to act on it.
 */
public final class WindowNotice {
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty linkText = new SimpleStringProperty("");
    private Runnable link = () -> { };

    public void show(String message, String linkLabel, Runnable onLink) {
        link = onLink;
        linkText.set(linkLabel);
        text.set(message);
    }

    public void dismiss() {
        text.set("");
    }

    /** Follows the link and dismisses the notice. */
    public void follow() {
        Runnable go = link;
        dismiss();
        go.run();
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty linkTextProperty() {
        return linkText;
    }
}
