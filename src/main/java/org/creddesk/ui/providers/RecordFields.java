package org.creddesk.ui.providers;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.Problem;
import org.creddesk.ui.common.DateText;

/**
 * Reads and writes the fields of one domain record as the text a person types. One generic mapping for all
 * parts of the provider file keeps every form and table alike (the store maps records the same way, ADR 0002).
 */
public final class RecordFields<T extends Record> {
    public static final String KEY_DATE = "validation.date.format";
    public static final String KEY_NUMBER = "validation.number.format";
    public static final String KEY_AMOUNT = "validation.amount.format";

    /** How a field is edited. */
    public enum Kind { TEXT, DATE, FLAG, NUMBER, AMOUNT, CHOICE }

    private final Class<T> type;
    private final RecordComponent[] components;
    private final Constructor<T> constructor;

    public RecordFields(Class<T> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("No canonical constructor on " + type.getName(), e);
        }
    }

    public Class<T> type() {
        return type;
    }

    /** Every field a person edits: all but the keys. */
    public List<String> editable() {
        return Arrays.stream(components).map(RecordComponent::getName)
                .filter(n -> !n.equals("id") && !n.equals("providerId")).toList();
    }

    public Kind kind(String field) {
        Class<?> t = component(field).getType();
        if (t == LocalDate.class) {
            return Kind.DATE;
        }
        if (t == boolean.class || t == Boolean.class) {
            return Kind.FLAG;
        }
        if (t == Integer.class || t == int.class || t == long.class) {
            return Kind.NUMBER;
        }
        if (t == BigDecimal.class) {
            return Kind.AMOUNT;
        }
        return t.isEnum() ? Kind.CHOICE : Kind.TEXT;
    }

    /** The constant names of an enum field, for a choice box. */
    public List<String> choices(String field) {
        return Arrays.stream(component(field).getType().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    public String text(T record, String field) {
        Object v = value(record, component(field));
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return DateText.format(d);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v instanceof Enum<?> e ? e.name() : String.valueOf(v);
    }

    public Map<String, String> texts(T record) {
        Map<String, String> result = new LinkedHashMap<>();
        editable().forEach(f -> result.put(f, text(record, f)));
        return result;
    }

    /** A copy of {@code base} with the typed texts; text that cannot be read is reported and the base value kept. */
    public T build(T base, Map<String, String> texts, String pathPrefix, List<Problem> parseProblems) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            args[i] = value(base, c);
            if (texts.containsKey(c.getName())) {
                try {
                    args[i] = parse(c, texts.get(c.getName()));
                } catch (DateTimeException e) {
                    parseProblems.add(Problem.of(pathPrefix + c.getName(), KEY_DATE, "Not a date (MM/DD/YYYY)"));
                } catch (NotAnAmountException e) {
                    parseProblems.add(Problem.of(pathPrefix + c.getName(), KEY_AMOUNT, "Not an amount (e.g. 85000.00)"));
                } catch (NumberFormatException e) {
                    parseProblems.add(Problem.of(pathPrefix + c.getName(), KEY_NUMBER, "Not a whole number"));
                }
            }
        }
        return construct(args);
    }

    /** A new empty record: text fields empty, flags off, choices on their first value. */
    public T blank(String id, String providerId) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Class<?> t = c.getType();
            if (c.getName().equals("id")) {
                args[i] = id;
            } else if (c.getName().equals("providerId")) {
                args[i] = providerId;
            } else if (t == boolean.class) {
                args[i] = false;
            } else if (t == long.class) {
                args[i] = 0L;
            } else if (t == int.class) {
                args[i] = 0;
            } else if (t.isEnum()) {
                args[i] = t.getEnumConstants()[0];
            }
        }
        return construct(args);
    }

    public Object value(T record, String field) {
        return value(record, component(field));
    }

    private Object parse(RecordComponent c, String text) {
        Class<?> t = c.getType();
        String s = text == null ? "" : text.strip();
        if (t == LocalDate.class) {
            return DateText.parse(s).orElse(null);
        }
        if (t == boolean.class) {
            return Boolean.parseBoolean(s);
        }
        if (t == Integer.class) {
            return s.isEmpty() ? null : Integer.valueOf(s);
        }
        if (t == BigDecimal.class) {
            return amount(s);
        }
        if (t.isEnum()) {
            return s.isEmpty() ? t.getEnumConstants()[0] : enumValue(t, s);
        }
        if (t == String.class) {
            return s.isEmpty() ? null : s;
        }
        throw new IllegalStateException("Field " + c.getName() + " is not editable");
    }

    /** "$85,000.00", "85000" or "85,000.5": dollars as typed; a sign is kept so the rules can refuse it. */
    private static BigDecimal amount(String s) {
        String digits = s.replace("$", "").replace(",", "").strip();
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("-?\\d+(\\.\\d{1,2})?")) {
            throw new NotAnAmountException();
        }
        return new BigDecimal(digits);
    }

    /** Text that is not a sum of money. */
    private static final class NotAnAmountException extends NumberFormatException {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> t, String name) {
        return Enum.valueOf((Class) t, name);
    }

    private RecordComponent component(String field) {
        for (RecordComponent c : components) {
            if (c.getName().equals(field)) {
                return c;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no field " + field);
    }

    private Object value(T record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private T construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    /** The bundle key of a field's label: the same for a field wherever it appears. */
    public static String labelKey(String field) {
        return "providers.field." + field;
    }

    public List<String> labelKeys() {
        return new ArrayList<>(editable().stream().map(RecordFields::labelKey).toList());
    }
}
