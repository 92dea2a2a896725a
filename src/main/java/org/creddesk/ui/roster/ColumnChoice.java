package org.creddesk.ui.roster;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.creddesk.roster.RosterField;

/** One spreadsheet column on the mapping page: its header and the field it feeds (null = ignored). */
public final class ColumnChoice {
    private final int column;
    private final String header;
    private final ObjectProperty<RosterField> field = new SimpleObjectProperty<>();

    ColumnChoice(int column, String header, RosterField field) {
        this.column = column;
        this.header = header;
        this.field.set(field);
    }

    public int column() {
        return column;
    }

    public String header() {
        return header;
    }

    public ObjectProperty<RosterField> fieldProperty() {
        return field;
    }
}
