package org.creddesk.ui.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the status bar shows besides task progress: the provider count and the database in use. */
public final class StatusBarModel {
    private final IntegerProperty providerCount = new SimpleIntegerProperty(0);
    private final StringProperty databaseName = new SimpleStringProperty("");

    public IntegerProperty providerCountProperty() {
        return providerCount;
    }

    public StringProperty databaseNameProperty() {
        return databaseName;
    }
}
