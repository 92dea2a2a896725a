package org.creddesk.store;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps one domain record type to its table, by its components: {@code caqhAttestedOn} is column
 * {@code caqh_attested_on}. One generic mapping for every part of the provider file keeps insert, update, diff and
 * the change log identical for all of them (see ADR 0002).
 */
public final class EntityType<T extends Record> {
    private static final List<String> KEYS = List.of("id", "providerId");

    private final String entity;
    private final Class<T> type;
    private final Function<org.creddesk.domain.ProviderFile, List<T>> accessor;
    private final RecordComponent[] components;
    /** The components' accessors, access-checked once here instead of on every call (bulk saves make millions). */
    private final java.lang.reflect.Method[] accessors;
    private final String[] columns;
    private final Constructor<T> constructor;

    EntityType(String entity, Class<T> type, Function<org.creddesk.domain.ProviderFile, List<T>> accessor) {
        this.entity = entity;
        this.type = type;
        this.accessor = accessor;
        this.components = type.getRecordComponents();
        this.accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(java.lang.reflect.Method[]::new);
        for (java.lang.reflect.Method m : accessors) {
            m.setAccessible(true);
        }
        this.columns = Arrays.stream(components).map(c -> column(c.getName())).toArray(String[]::new);
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    public String entity() {
        return entity;
    }

    public String table() {
        return entity;
    }

    public Class<T> type() {
        return type;
    }

    List<T> of(org.creddesk.domain.ProviderFile file) {
        return accessor.apply(file);
    }

    static String column(String component) {
        StringBuilder sb = new StringBuilder();
        for (char ch : component.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    static String quote(String column) {
        return "\"" + column + "\"";
    }

    String columnList() {
        return Arrays.stream(columns).map(EntityType::quote).collect(Collectors.joining(", "));
    }

    String insertSql() {
        String placeholders = String.join(", ", java.util.Collections.nCopies(columns.length + 3, "?"));
        return "INSERT INTO " + table() + " (" + columnList() + ", created_at, updated_at, version) VALUES ("
                + placeholders + ")";
    }

    String selectSql(String where) {
        return "SELECT " + columnList() + ", version FROM " + table() + " WHERE deleted_at IS NULL AND " + where;
    }

    String id(T row) {
        return (String) value(row, 0);
    }

    Object value(T row, int index) {
        try {
            return accessors[index].invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values to bind, in column order, converted to what SQLite stores. */
    Object[] dbValues(T row) {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = toDb(value(row, i));
        }
        return values;
    }

    /** The record's data fields (not its keys) as text, in declaration order; the basis of every diff. */
    Map<String, String> fieldsAsText(T row) {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (!KEYS.contains(name)) {
                result.put(name, asText(value(row, i)));
            }
        }
        return result;
    }

    /** Field name to column name for the data fields. */
    String columnOf(String field) {
        return column(field);
    }

    T fromRow(ResultSet rs) throws SQLException {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = fromDb(rs, i + 1, components[i].getType());
        }
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    static Object toDb(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof BigDecimal d) {
            // Kept as exact decimal text (a TEXT column): money is never a floating-point number.
            return d.toPlainString();
        }
        return value;
    }

    static String asText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object fromDb(ResultSet rs, int col, Class<?> type) throws SQLException {
        if (type == boolean.class) {
            return rs.getInt(col) != 0;
        }
        if (type == long.class) {
            return rs.getLong(col);
        }
        if (type == int.class) {
            return rs.getInt(col);
        }
        Object raw = rs.getObject(col);
        if (raw == null) {
            return null;
        }
        if (type == String.class) {
            return raw.toString();
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(raw.toString());
        }
        if (type == Integer.class) {
            return ((Number) raw).intValue();
        }
        if (type == Long.class) {
            return ((Number) raw).longValue();
        }
        if (type == Boolean.class) {
            return ((Number) raw).intValue() != 0;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(raw.toString());
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, raw.toString());
        }
        throw new IllegalStateException("unsupported column type " + type);
    }

    /** A copy of {@code row} with some fields set from their stored text forms (null clears); for undo. */
    T patched(T row, Map<String, String> textValues) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            args[i] = textValues.containsKey(name) ? fromText(textValues.get(name), components[i].getType())
                    : value(row, i);
        }
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object fromText(String text, Class<?> type) {
        if (type == boolean.class) {
            return "true".equals(text);
        }
        if (text == null) {
            // Explicit branches: a nested ?: of 0, 0L and null unboxes null and throws.
            if (type == int.class) {
                return 0;
            }
            if (type == long.class) {
                return 0L;
            }
            return null;
        }
        if (type == String.class) {
            return text;
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, text);
        }
        throw new IllegalStateException("unsupported field type " + type);
    }

    /** A new record from its keys and stored text forms (a record created on another desktop, pulled). */
    T fromTexts(String id, String providerId, Map<String, String> textValues) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            args[i] = "id".equals(name) ? id : "providerId".equals(name) ? providerId
                    : fromText(textValues.get(name), components[i].getType());
        }
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    List<String> dataFields() {
        List<String> result = new ArrayList<>();
        for (RecordComponent c : components) {
            if (!KEYS.contains(c.getName())) {
                result.add(c.getName());
            }
        }
        return result;
    }
}
