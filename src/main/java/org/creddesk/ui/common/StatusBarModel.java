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
    private final java.util.List<Runnable> storeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

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

    /** A screen that counts or lists what another screen may change (the provider count) refreshes on this. */
    public void onStoreChanged(Runnable listener) {
        storeListeners.add(listener);
    }

    /** Called on the FX thread after a screen changed the store in bulk (a roster apply or undo). */
    public void storeChanged() {
        storeListeners.forEach(Runnable::run);
    }
}
