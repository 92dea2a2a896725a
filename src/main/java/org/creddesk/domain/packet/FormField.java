package org.creddesk.domain.packet;

import java.util.List;

/**
 * A field of a payer's fillable form: its fully qualified name, its kind, the choices a choice field offers and
 * the "on" values of a checkbox or radio group.
 */
public record FormField(String name, Kind kind, List<String> options, int maxLength) {
    public enum Kind { TEXT, CHECKBOX, RADIO, CHOICE, SIGNATURE, BUTTON }

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Checkboxes and radio groups are switched by a condition rather than given text. */
    public boolean toggle() {
        return kind == Kind.CHECKBOX || kind == Kind.RADIO;
    }
}
