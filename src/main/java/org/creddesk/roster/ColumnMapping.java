package org.creddesk.roster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which spreadsheet column feeds which field: a saved or person-made choice per header first, the matcher's
 * confident proposal ({@link ColumnMatcher}) for the rest.
 */
public record ColumnMapping(String name, List<String> headers, Map<Integer, RosterField> columns) {
    public ColumnMapping {
        headers = List.copyOf(headers);
        columns = Collections.unmodifiableMap(new TreeMap<>(columns));
    }

    /**
     * A person's choices first ({@code overrides}: header as written to field key, "" for "ignore"), then the
     * confident proposals ({@code proposed}, by column) for the other columns; a field goes to one column only.
     */
    public static ColumnMapping build(String name, List<String> headers, Map<String, String> overrides,
                                      Map<Integer, RosterField> proposed) {
        Map<String, String> byHeader = new LinkedHashMap<>();
        overrides.forEach((k, v) -> byHeader.put(RosterField.normalizeHeader(k), v == null ? "" : v));
        Map<Integer, RosterField> columns = new TreeMap<>();
        Map<RosterField, Integer> used = new EnumMap<>(RosterField.class);
        List<Integer> open = new java.util.ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String normalized = RosterField.normalizeHeader(headers.get(i));
            if (!byHeader.containsKey(normalized)) {
                open.add(i);
                continue;
            }
            Optional<RosterField> field = RosterField.forKey(byHeader.get(normalized));
            if (field.isPresent() && !used.containsKey(field.get())) {
                columns.put(i, field.get());
                used.put(field.get(), i);
            }
        }
        for (int i : open) {
            RosterField field = proposed.get(i);
            if (field != null && !used.containsKey(field)) {
                columns.put(i, field);
                used.put(field, i);
            }
        }
        return new ColumnMapping(name, headers, columns);
    }

    public ColumnMapping withColumn(int column, RosterField field) {
        Map<Integer, RosterField> copy = new TreeMap<>(columns);
        copy.values().removeIf(f -> f == field);
        if (field == null) {
            copy.remove(column);
        } else {
            copy.put(column, field);
        }
        return new ColumnMapping(name, headers, copy);
    }

    public Optional<Integer> columnOf(RosterField field) {
        return columns.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst();
    }

    public String header(int column) {
        return column < headers.size() ? headers.get(column) : "";
    }

    public String headerOf(RosterField field) {
        return columnOf(field).map(this::header).orElse(field.label());
    }

    /** The person's choices to save: every non-empty header with its field key, "" when ignored. */
    public Map<String, String> asOverrides() {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h != null && !h.isBlank()) {
                RosterField f = columns.get(i);
                result.put(h, f == null ? "" : f.key());
            }
        }
        return result;
    }

    /** The same layout gives the same signature: normalized headers, in order. */
    public static String signature(List<String> headers) {
        StringBuilder sb = new StringBuilder();
        for (String h : headers) {
            sb.append(RosterField.normalizeHeader(h)).append('|');
        }
        String text = sb.toString().replaceAll("\\|+$", "");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String signature() {
        return signature(headers);
    }
}
