package org.creddesk.ui.roster;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.roster.Conflict;

/** A conflict on the preview page and the person's decision: keep, take incoming, or type a value. */
public final class ConflictChoice {
    /** What to do with a conflicting field. */
    public enum Decision {
        KEEP, TAKE_INCOMING, EDIT
    }

    private final Conflict conflict;
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(Decision.KEEP);
    private final StringProperty editedValue = new SimpleStringProperty();

    ConflictChoice(Conflict conflict) {
        this.conflict = conflict;
        this.editedValue.set(conflict.incoming());
    }

    public Conflict conflict() {
        return conflict;
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    public StringProperty editedValueProperty() {
        return editedValue;
    }
}
