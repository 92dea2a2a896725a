package org.creddesk.ui.packet;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creddesk.domain.packet.FormField;

/** One field of a payer form in the mapping editor: the field, the template typed for it, and what is wrong with it. */
public final class MappingRow {
    private final FormField field;
    private final StringProperty template = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    MappingRow(FormField field, String template) {
        this.field = field;
        this.template.set(template == null ? "" : template);
    }

    public FormField field() {
        return field;
    }

    public StringProperty templateProperty() {
        return template;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
