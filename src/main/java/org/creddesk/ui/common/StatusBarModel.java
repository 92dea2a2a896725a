package org.creddesk.ui.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the status bar shows besides task progress: the provider count, the database in use, the team sync state. */
public final class StatusBarModel {
    private final IntegerProperty providerCount = new SimpleIntegerProperty(0);
    private final StringProperty databaseName = new SimpleStringProperty("");
    private final StringProperty syncState = new SimpleStringProperty("");

    public IntegerProperty providerCountProperty() {
        return providerCount;
    }

    public StringProperty databaseNameProperty() {
        return databaseName;
    }

    /** Team sync: connected or offline, last sync, changes waiting, open conflicts. */
    public StringProperty syncStateProperty() {
        return syncState;
    }
}
