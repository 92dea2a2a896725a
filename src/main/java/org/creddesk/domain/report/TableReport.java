package org.creddesk.domain.report;

import java.util.List;

/**
 * A report made of titled tables, independent of its file format: the PDF writer (package {@code packet}) and
 * the workbook writer (a sheet per section) render the same content.
 *
 * @param title    the report's title, repeated in every page footer
 * @param intro    lines under the title (period, made on, by)
 * @param sections the tables, in order
 */
public record TableReport(String title, List<String> intro, List<Section> sections) {
    public TableReport {
        intro = List.copyOf(intro);
        sections = List.copyOf(sections);
    }

    /**
     * One table. {@code widths} are relative column widths (one per column); {@code sheet} is the short name a
     * workbook sheet takes (at most 31 characters); {@code empty} is said when there are no rows.
     */
    public record Section(String heading, String sheet, List<String> columns, List<Integer> widths,
                          List<List<String>> rows, String empty) {
        public Section {
            columns = List.copyOf(columns);
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
            if (widths.size() != columns.size()) {
                throw new IllegalArgumentException(heading + ": " + columns.size() + " columns but "
                        + widths.size() + " widths");
            }
            if (sheet.length() > 31) {
                throw new IllegalArgumentException("sheet name over 31 characters: " + sheet);
            }
        }
    }
}
