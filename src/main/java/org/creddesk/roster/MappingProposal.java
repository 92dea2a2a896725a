package org.creddesk.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the program reads each column of a layout as, and why: the field, how sure it is, the header words that
 * named it and the sample values that backed it. Confident columns are used as they are; doubtful ones wait for a
 * person (the window marks them, the CLI lists them, {@code roster mapping suggest} writes them for editing).
 */
public record MappingProposal(List<Column> columns) {
    public MappingProposal {
        columns = List.copyOf(columns);
    }

    /** One column's reading; {@code field} null when nothing fits. */
    public record Column(int column, String header, RosterField field, double score, boolean confident,
                         List<String> headerWords, List<String> samples, String valueNote) {
        public Column {
            headerWords = List.copyOf(headerWords);
            samples = List.copyOf(samples);
        }

        public boolean proposed() {
            return field != null;
        }

        /** "header words: license, expiration; values: 2027-01-31, 2026-05-01 (3 of 3 are dates)". */
        public String evidence() {
            List<String> parts = new ArrayList<>();
            if (!headerWords.isEmpty()) {
                parts.add("header words: " + String.join(", ", headerWords));
            }
            if (!samples.isEmpty()) {
                parts.add("values: " + String.join(", ", samples.subList(0, Math.min(3, samples.size())))
                        + (valueNote == null || valueNote.isEmpty() ? "" : " (" + valueNote + ")"));
            }
            return String.join("; ", parts);
        }
    }

    public Optional<Column> column(int index) {
        return columns.stream().filter(c -> c.column() == index).findFirst();
    }

    /** The fields proposed with confidence, by column. */
    public Map<Integer, RosterField> confident() {
        Map<Integer, RosterField> result = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.proposed() && c.confident()) {
                result.put(c.column(), c.field());
            }
        }
        return result;
    }

    /** Every proposal, confident or doubtful, as a mapping file's columns (header to field key, "" to ignore). */
    public Map<String, String> asMappingColumns() {
        Map<String, String> result = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.header() != null && !c.header().isBlank()) {
                result.putIfAbsent(c.header(), c.proposed() ? c.field().key() : "");
            }
        }
        return result;
    }
}
