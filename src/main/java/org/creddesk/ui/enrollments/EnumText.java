package org.creddesk.ui.enrollments;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows choices in a combo box by a text function; the empty choice (null) reads {@code noneText}. */
final class EnumText {
    private EnumText() {
    }

    static <T> StringConverter<T> converter(Function<T, String> text, String noneText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? noneText : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
