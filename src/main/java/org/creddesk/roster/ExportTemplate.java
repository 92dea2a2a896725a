package org.creddesk.roster;

import org.creddesk.files.InputFiles;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An export layout as a JSON file a person can copy and edit: columns (header and field), their order, the
 * sheet name, date pattern, Y/N or Yes/No, phone format; {@code kind} "full" (every provider) or "delta"
 * (Adds / Updates / Terms since the last export to a payer).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportTemplate(String name, String description, String kind, String sheetName,
                             Map<String, String> sheets, String dateFormat, String flags, String phoneFormat,
                             List<Column> columns) {
    public static final List<String> SHIPPED = List.of("generic-full-roster", "payer-delta");
    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String header, String field) {
    }

    public boolean isDelta() {
        return "delta".equalsIgnoreCase(kind);
    }

    public String sheet(String part) {
        return sheets != null && sheets.containsKey(part) ? sheets.get(part)
                : Character.toUpperCase(part.charAt(0)) + part.substring(1);
    }

    /** A shipped template by name, or a template file. */
    public static ExportTemplate load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        try {
            if (Files.exists(file)) {
                return validated(JSON.readValue(InputFiles.readString(file), ExportTemplate.class), file.toString());
            }
            try (InputStream in = ExportTemplate.class.getResourceAsStream("templates/" + nameOrFile + ".json")) {
                if (in == null) {
                    throw new RosterFileException("No export template named '" + nameOrFile + "' (shipped: "
                            + String.join(", ", SHIPPED) + ") and no such template file");
                }
                return validated(JSON.readValue(in, ExportTemplate.class), nameOrFile);
            }
        } catch (IOException e) {
            throw new RosterFileException("Cannot read the export template " + nameOrFile + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The shipped template's JSON, for a person to copy and edit. */
    public static String shippedJson(String name) throws IOException {
        try (InputStream in = ExportTemplate.class.getResourceAsStream("templates/" + name + ".json")) {
            if (in == null) {
                throw new IOException("no shipped template " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static ExportTemplate validated(ExportTemplate t, String origin) {
        if (t.columns() == null || t.columns().isEmpty()) {
            throw new RosterFileException("Export template " + origin + " has no columns");
        }
        for (Column c : t.columns()) {
            if (RosterField.forKey(c.field()).isEmpty() && ContractColumn.forKey(c.field()).isEmpty()) {
                throw new RosterFileException("Export template " + origin + ": column '" + c.header()
                        + "' names an unknown field '" + c.field() + "'");
            }
        }
        try {
            DateTimeFormatter.ofPattern(t.datePattern());
        } catch (IllegalArgumentException e) {
            throw new RosterFileException("Export template " + origin + ": '" + t.dateFormat() + "' is not a date pattern");
        }
        return t;
    }

    String datePattern() {
        return dateFormat == null ? "MM/dd/yyyy" : dateFormat;
    }

    /** A date of an export-only column in this template's date format. */
    public String formatDate(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern(datePattern(), Locale.US));
    }

    /** A stored value in this template's formats. */
    public String format(RosterField field, String stored) {
        if (stored == null) {
            return "";
        }
        return switch (field.kind()) {
            case DATE -> LocalDate.parse(stored).format(DateTimeFormatter.ofPattern(datePattern(), Locale.US));
            case FLAG -> "Yes/No".equalsIgnoreCase(flags) ? ("Y".equals(stored) ? "Yes" : "No") : stored;
            case PHONE -> phone(stored);
            case ACTION -> switch (stored) {
                case "ADD" -> "Add";
                case "TERM" -> "Term";
                default -> "Update";
            };
            default -> stored;
        };
    }

    private String phone(String stored) {
        String digits = stored.replaceAll("\\D", "");
        String pattern = phoneFormat == null ? "(###) ###-####" : phoneFormat;
        if (digits.length() != pattern.chars().filter(ch -> ch == '#').count()) {
            return stored;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (char ch : pattern.toCharArray()) {
            sb.append(ch == '#' ? digits.charAt(i++) : ch);
        }
        return sb.toString();
    }
}
