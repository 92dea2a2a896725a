package org.creddesk.roster;

import org.creddesk.files.InputFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Column mappings as JSON a person can write or copy: {@code {"name": "Acme", "columns": {"Rendering NPI": "npi",
 * "Notes": ""}}}; keys are headers as written, values field keys ({@link RosterField#key()}), "" to ignore.
 */
public final class MappingFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MappingFiles() {
    }

    public record MappingSpec(String name, Map<String, String> columns) {
    }

    public static MappingSpec read(Path file) {
        try {
            MappingSpec spec = JSON.readValue(InputFiles.readString(file), MappingSpec.class);
            Map<String, String> columns = spec.columns() == null ? Map.of() : spec.columns();
            for (Map.Entry<String, String> e : columns.entrySet()) {
                if (e.getValue() != null && !e.getValue().isBlank() && RosterField.forKey(e.getValue()).isEmpty()) {
                    throw new RosterFileException("Mapping " + file.getFileName() + ": '" + e.getValue()
                            + "' (for column '" + e.getKey() + "') is not a roster field");
                }
            }
            String name = spec.name() == null ? stem(file) : spec.name();
            return new MappingSpec(name, columns);
        } catch (IOException e) {
            throw new RosterFileException("Cannot read the mapping file " + file.getFileName() + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }

    static String toJson(Map<String, String> columns) {
        try {
            return JSON.writeValueAsString(columns);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable saved mapping", e);
        }
    }

    /** A proposal as a mapping file's text: every column with the field it is read as, "" for none. */
    public static String toJson(String name, MappingProposal proposal) {
        try {
            return JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new MappingSpec(name, proposal.asMappingColumns()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Path file, ColumnMapping mapping) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(new MappingSpec(mapping.name(), mapping.asOverrides())));
    }
}
