package org.creddesk.domain.packet;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;

/**
 * A dotted path into the provider file: {@code lastName}, {@code primaryLocation.phone},
 * {@code licenses[state=TX].number}, {@code licenses[1].number}. A list without a selector means its first
 * element. Names are the record component names of the domain records, so new fields work without code here;
 * on the root, the {@link Provider}'s fields are reachable directly ({@code npi}, not {@code provider.npi}).
 */
public record FieldPath(String text, List<Segment> segments) {

    /** One step: a name and an optional selector (an index or a {@code field=value} filter). */
    public record Segment(String name, Integer index, String filterField, String filterValue) {
    }

    public static FieldPath parse(String text) {
        if (text.isBlank()) {
            throw new FieldTemplate.TemplateException("{}: the braces are empty; write a field name such as {lastName}");
        }
        List<Segment> segments = new ArrayList<>();
        for (String raw : text.split("\\.(?![^\\[]*\\])")) {
            String s = raw.strip();
            int open = s.indexOf('[');
            if (open < 0) {
                requireName(text, s);
                segments.add(new Segment(s, null, null, null));
                continue;
            }
            if (!s.endsWith("]")) {
                throw new FieldTemplate.TemplateException("{" + text + "}: '[' without a closing ']'");
            }
            String name = s.substring(0, open).strip();
            requireName(text, name);
            String selector = s.substring(open + 1, s.length() - 1).strip();
            int eq = selector.indexOf('=');
            if (eq > 0) {
                segments.add(new Segment(name, null, selector.substring(0, eq).strip(), selector.substring(eq + 1).strip()));
            } else if (selector.matches("\\d+")) {
                segments.add(new Segment(name, Integer.parseInt(selector), null, null));
            } else {
                throw new FieldTemplate.TemplateException("{" + text + "}: '[" + selector
                        + "]' must be an index like [0] or a filter like [state=TX]");
            }
        }
        return new FieldPath(text, List.copyOf(segments));
    }

    private static void requireName(String text, String name) {
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new FieldTemplate.TemplateException("{" + text + "}: '" + name + "' is not a field name");
        }
    }

    /** The value at this path, or empty when any step finds nothing. */
    public Optional<Object> resolve(ProviderFile file) {
        Object current = file;
        for (Segment seg : segments) {
            Object next = step(current, seg.name());
            if (next == null && current instanceof ProviderFile pf) {
                next = step(pf.provider(), seg.name());
            }
            next = unwrap(next);
            if (next instanceof List<?> list) {
                next = select(list, seg);
            } else if (seg.index() != null || seg.filterField() != null) {
                return Optional.empty();
            }
            if (next == null) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current);
    }

    private static Object select(List<?> list, Segment seg) {
        if (seg.index() != null) {
            return seg.index() < list.size() ? list.get(seg.index()) : null;
        }
        for (Object item : list) {
            if (seg.filterField() == null) {
                return item;
            }
            Object v = step(item, seg.filterField());
            if (v != null && v.toString().equalsIgnoreCase(seg.filterValue())) {
                return item;
            }
        }
        return null;
    }

    private static Object unwrap(Object value) {
        return value instanceof Optional<?> o ? o.orElse(null) : value;
    }

    private static Object step(Object target, String name) {
        if (target == null) {
            return null;
        }
        Method m = accessor(target.getClass(), name);
        if (m == null) {
            return null;
        }
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** A record component, or on the root the no-argument helpers such as {@code primaryLocation()}. */
    private static Method accessor(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getName().equals(name)) {
                    return rc.getAccessor();
                }
            }
        }
        if (type == ProviderFile.class) {
            try {
                Method m = type.getMethod(name);
                return m.getParameterCount() == 0 && m.getReturnType() != void.class ? m : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
        return null;
    }

    /** Empty when the path exists in the type tree starting at {@code root}; otherwise why not. */
    public Optional<String> checkAgainst(Class<?> root) {
        Type current = root;
        for (Segment seg : segments) {
            Class<?> type = raw(current);
            Method m = accessor(type, seg.name());
            if (m == null && type == ProviderFile.class) {
                m = accessor(Provider.class, seg.name());
            }
            if (m == null) {
                return Optional.of("'" + seg.name() + "' is not a field of " + type.getSimpleName());
            }
            Type next = m.getGenericReturnType();
            if (raw(next) == Optional.class || raw(next) == List.class) {
                next = ((ParameterizedType) next).getActualTypeArguments()[0];
            }
            if (seg.filterField() != null && accessor(raw(next), seg.filterField()) == null) {
                return Optional.of("'" + seg.filterField() + "' is not a field of " + raw(next).getSimpleName());
            }
            current = next;
        }
        return Optional.empty();
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }
}
