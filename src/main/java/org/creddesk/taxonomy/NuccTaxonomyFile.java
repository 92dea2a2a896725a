package org.creddesk.taxonomy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creddesk.domain.TaxonomyCode;
import org.creddesk.domain.TaxonomyEntry;

/**
 * Reads NUCC's code-set CSV (columns Code, Grouping, Classification, Specialization, Definition, Notes, Display
 * Name, Section; older files lack the last two) whole, checking every row: a file with any bad row is refused
 * with each problem by row and column, so an import is all or nothing.
 */
final class NuccTaxonomyFile {
    static final List<String> COLUMNS = List.of("Code", "Grouping", "Classification", "Specialization", "Definition",
            "Notes", "Display Name", "Section");
    private static final List<String> REQUIRED = List.of("Code", "Classification");
    private static final int MAX_PROBLEMS = 20;
    /** nucc_taxonomy_251.csv is version 25.1. */
    private static final Pattern VERSION_IN_NAME = Pattern.compile("(?i).*?(\\d{2})(\\d)\\.csv");

    private NuccTaxonomyFile() {
    }

    /** The version NUCC's file name carries ("nucc_taxonomy_251.csv": 25.1), if it carries one. */
    static Optional<String> versionFromName(String fileName) {
        Matcher m = VERSION_IN_NAME.matcher(fileName);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1)) + "." + m.group(2)) : Optional.empty();
    }

    static List<TaxonomyEntry> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TaxonomyFileException("Cannot read " + file.getFileName() + ": " + e.getMessage());
        }
        return parse(decode(bytes), file.getFileName().toString());
    }

    /** UTF-8 as NUCC publishes it; a file re-saved by a spreadsheet program in Windows-1252 is read as such. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    static List<TaxonomyEntry> parse(String text, String fileName) {
        List<CsvText.Row> rows = CsvText.rows(text);
        if (rows.isEmpty()) {
            throw new TaxonomyFileException(fileName + " is empty: expected the header " + String.join(",", COLUMNS));
        }
        Map<String, Integer> index = header(rows.get(0), fileName);
        List<String> problems = new ArrayList<>();
        List<TaxonomyEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int width = rows.get(0).fields().size();
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add("(more rows not checked)");
                break;
            }
            if (row.fields().size() != width) {
                problems.add("Row " + row.number() + ": " + row.fields().size() + " fields, the header has " + width);
                continue;
            }
            String code = cell(row, index, "Code");
            if (code == null) {
                problems.add("Row " + row.number() + ", column 'Code': empty");
                continue;
            }
            if (!TaxonomyCode.isValid(code)) {
                problems.add("Row " + row.number() + ", column 'Code': '" + code
                        + "' is not a taxonomy code (9 letters or digits, then X)");
                continue;
            }
            Integer first = seen.putIfAbsent(code, row.number());
            if (first != null) {
                problems.add("Row " + row.number() + ", column 'Code': '" + code + "' is already on row " + first);
                continue;
            }
            TaxonomyEntry e = new TaxonomyEntry(code, cell(row, index, "Grouping"), cell(row, index, "Classification"),
                    cell(row, index, "Specialization"), cell(row, index, "Definition"), cell(row, index, "Notes"),
                    cell(row, index, "Display Name"), cell(row, index, "Section"));
            if (e.description().isEmpty()) {
                problems.add("Row " + row.number() + ", column 'Classification': empty, and no Display Name either");
                continue;
            }
            entries.add(e);
        }
        if (!problems.isEmpty()) {
            List<String> all = new ArrayList<>();
            all.add(fileName + " was not imported (nothing changed):");
            all.addAll(problems);
            throw new TaxonomyFileException(all);
        }
        if (entries.isEmpty()) {
            throw new TaxonomyFileException(fileName + " has a header but no codes");
        }
        return entries;
    }

    /** Column name to index; the columns NUCC's file must have are checked by name, in any order. */
    private static Map<String, Integer> header(CsvText.Row row, String fileName) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip().toLowerCase(Locale.ROOT);
            for (String c : COLUMNS) {
                if (c.toLowerCase(Locale.ROOT).equals(name)) {
                    index.putIfAbsent(c, i);
                }
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new TaxonomyFileException(fileName + ": row 1 has no column " + String.join(", ", missing)
                    + " (it has " + String.join(", ", row.fields()) + "); is this NUCC's taxonomy CSV?");
        }
        return index;
    }

    private static String cell(CsvText.Row row, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        if (i == null) {
            return null;
        }
        String v = row.fields().get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
