package org.creddesk.taxonomy;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records the RFC 4180 way NUCC writes it: quoted fields with commas, doubled quotes and line
 * breaks inside, CRLF or LF. Strict: a quote that is never closed is an error naming its row, never a guess.
 */
final class CsvText {
    /** One record and the row it is on (the header is row 1, as a spreadsheet numbers it). */
    record Row(int number, List<String> fields) {
    }

    private CsvText() {
    }

    static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int row = 1;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                int close = closingQuote(text, i + 1, row);
                field.append(text.substring(i + 1, close).replace("\"\"", "\""));
                i = close + 1;
                any = true;
                if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    throw new TaxonomyFileException("Row " + row + ": text after a closing quote ('"
                            + text.charAt(i) + "'); a quote inside a quoted field must be doubled");
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !field.isEmpty()) {
                    fields.add(field.toString());
                    rows.add(new Row(row, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                row++;
            } else {
                field.append(c);
                any = true;
            }
            i++;
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(row, List.copyOf(fields)));
        }
        return rows;
    }

    /** The index of the quote closing a field that opened before {@code from}; doubled quotes are text. */
    private static int closingQuote(String text, int from, int row) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new TaxonomyFileException("Row " + row + ": a quoted field is never closed");
    }
}
