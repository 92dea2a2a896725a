package org.creddesk.adequacy;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creddesk.domain.adequacy.AdequacyInputException;

/**
 * A small CSV with a header row, read whole: lines starting with '#' are comments (a source line), blank lines are
 * skipped, headers are matched without case and surrounding spaces. Row numbers are the file's line numbers, as a
 * text editor or a spreadsheet shows them.
 */
final class CsvTable {
    private static final int MAX_ROWS = 200_000;

    private final String fileName;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<CsvRecord> rows = new ArrayList<>();

    private CsvTable(String fileName) {
        this.fileName = fileName;
    }

    static CsvTable read(String fileName, Reader in) {
        CsvTable t = new CsvTable(fileName);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(in)) {
            boolean header = true;
            for (CsvRecord r : csv) {
                if (header) {
                    for (int i = 0; i < r.getFieldCount(); i++) {
                        t.columns.putIfAbsent(normal(r.getField(i)), i);
                    }
                    header = false;
                } else if (!r.getFields().stream().allMatch(String::isBlank)) {
                    if (t.rows.size() >= MAX_ROWS) {
                        throw new AdequacyInputException(r.getStartingLineNumber(), "", "",
                                fileName + " has more than " + MAX_ROWS + " rows");
                    }
                    t.rows.add(r);
                }
            }
            if (header) {
                throw new AdequacyInputException(1, "", "", fileName + " is empty: it needs a header row");
            }
        } catch (CsvParseException e) {
            throw new AdequacyInputException(0, "", "", fileName + " is not a readable CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    private static String normal(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /** The column's index, or a sentence naming the file and the missing column. */
    int require(String column, String expectedHeader) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new AdequacyInputException(1, column, "", fileName + ", row 1 (the header): no column '" + column
                    + "'; the header must be " + expectedHeader);
        }
        return i;
    }

    /** The column's index, or -1 when the file does not have it. */
    int optional(String column) {
        Integer i = columns.get(column);
        return i == null ? -1 : i;
    }

    List<CsvRecord> rows() {
        return rows;
    }

    String fileName() {
        return fileName;
    }

    static String cell(CsvRecord r, int column) {
        return column < 0 || column >= r.getFieldCount() ? "" : r.getField(column).strip();
    }

    /** "members.csv, row 4, column 'members': 'ten' is not a whole number of members". */
    AdequacyInputException bad(CsvRecord r, String column, String value, String what) {
        return new AdequacyInputException(r.getStartingLineNumber(), column, value, fileName + ", row "
                + r.getStartingLineNumber() + ", column '" + column + "': '" + value + "' " + what);
    }
}
