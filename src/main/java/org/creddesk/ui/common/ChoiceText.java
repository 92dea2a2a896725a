package org.creddesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows the choices of a ChoiceBox or non-editable ComboBox by a text function; null reads {@code noneText}. */
public final class ChoiceText {
    private ChoiceText() {
    }

    public static <T> StringConverter<T> of(Function<T, String> text, String noneText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? noneText : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null; // choices are picked from the list, never typed
            }
        };
    }
}
