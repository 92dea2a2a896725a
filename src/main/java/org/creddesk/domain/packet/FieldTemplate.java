package org.creddesk.domain.packet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.creddesk.domain.ProviderFile;

/**
 * The small template language that maps provider-file data into a form field:
 * {@code {lastName}, {firstName}}, {@code {licenses[state=TX].number}}, {@code {primaryLocation.phone}},
 * {@code {dateOfBirth:MM/dd/yyyy}}, and conditions for checkboxes such as {@code {degree=MD}} (renders "Yes"
 * when true, nothing when false). Text outside braces is copied as written.
 */
public final class FieldTemplate {
    /** What a condition renders when it holds; checkboxes treat any non-blank value as "on". */
    public static final String TRUE = "Yes";

    private final String source;
    private final List<Object> parts; // String literals and Placeholder

    private FieldTemplate(String source, List<Object> parts) {
        this.source = source;
        this.parts = parts;
    }

    /** One {@code {...}} expression: a path, an optional condition value, an optional date format. */
    record Placeholder(String text, FieldPath path, String equals, DateTimeFormatter format) {
    }

    /** The rendered text and the placeholders that found no value (for the pre-flight check). */
    public record Rendering(String value, List<String> emptyPlaceholders) {
        public boolean complete() {
            return emptyPlaceholders.isEmpty();
        }
    }

    /** Parses a template; a malformed one is refused with a message naming the place. */
    public static FieldTemplate parse(String template) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new TemplateException("'" + template + "': '{' at position " + (i + 1) + " is never closed");
                }
                if (!literal.isEmpty()) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(placeholder(template.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '}') {
                throw new TemplateException("'" + template + "': '}' at position " + (i + 1) + " has no '{'");
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(literal.toString());
        }
        return new FieldTemplate(template, List.copyOf(parts));
    }

    private static Placeholder placeholder(String expr) {
        String body = expr.strip();
        DateTimeFormatter format = null;
        int colon = body.indexOf(':');
        if (colon >= 0) {
            String pattern = body.substring(colon + 1);
            try {
                format = DateTimeFormatter.ofPattern(pattern, Locale.US);
            } catch (IllegalArgumentException e) {
                throw new TemplateException("{" + expr + "}: '" + pattern + "' is not a date format (e.g. MM/dd/yyyy)");
            }
            body = body.substring(0, colon);
        }
        String equals = null;
        int eq = topLevelEquals(body);
        if (eq >= 0) {
            equals = body.substring(eq + 1).strip();
            body = body.substring(0, eq).strip();
        }
        return new Placeholder("{" + expr + "}", FieldPath.parse(body), equals, format);
    }

    /** The '=' of a condition, not one inside a {@code [state=TX]} filter. */
    private static int topLevelEquals(String body) {
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '=' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    public String source() {
        return source;
    }

    /** True when the template is exactly one condition ({@code {degree=MD}}), as used for checkboxes. */
    public boolean isCondition() {
        return parts.size() == 1 && parts.get(0) instanceof Placeholder p && p.equals() != null;
    }

    /** Paths that do not exist in the provider file, as messages; empty when the template is usable. */
    public List<String> unknownPaths() {
        List<String> result = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Placeholder p) {
                p.path().checkAgainst(ProviderFile.class).ifPresent(msg -> result.add(p.text() + ": " + msg));
            }
        }
        return result;
    }

    public Rendering render(ProviderFile file) {
        StringBuilder sb = new StringBuilder();
        List<String> empty = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String s) {
                sb.append(s);
                continue;
            }
            Placeholder p = (Placeholder) part;
            Optional<Object> value = p.path().resolve(file);
            if (p.equals() != null) {
                boolean holds = value.map(v -> text(v, null).equalsIgnoreCase(p.equals())).orElse(false);
                sb.append(holds ? TRUE : "");
                continue;
            }
            String text = value.map(v -> text(v, p.format())).orElse("");
            if (text.isBlank()) {
                empty.add(p.text());
            }
            sb.append(text);
        }
        return new Rendering(sb.toString(), List.copyOf(empty));
    }

    private static String text(Object value, DateTimeFormatter format) {
        if (value instanceof LocalDate d) {
            return format == null ? d.toString() : d.format(format);
        }
        if (value instanceof Boolean b) {
            return b ? TRUE : "No";
        }
        return value.toString();
    }

    @Override
    public String toString() {
        return source;
    }

    /** A template a person wrote cannot be understood; the message says where. */
    public static final class TemplateException extends RuntimeException {
        public TemplateException(String message) {
            super(message);
        }
    }
}
