package org.creddesk.roster;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns FastCSV's fields into {@link SheetRow}s numbered as a spreadsheet numbers them (one per record, blank
 * lines included), and keeps what FastCSV lets through but a roster must not: a quote inside an unquoted field
 * and a cell longer than Excel allows become {@link CellFlaw}s; more columns, rows or text than a spreadsheet
 * holds refuse the file. Text a CSV export neutralised ({@code '=...}) gets its apostrophe back off.
 */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<SheetRow> {
    private final String fileName;
    private final char quote;
    private final List<String> cells = new ArrayList<>();
    private final List<CellFlaw> flaws = new ArrayList<>();
    private int record;
    private long rowChars;

    CsvRowHandler(String fileName, char quote) {
        this.fileName = fileName;
        this.quote = quote;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        cells.clear();
        flaws.clear();
        rowChars = 0;
        if (++record > SpreadsheetLimits.MAX_ROWS) {
            throw new RosterFileException(fileName + " has more than " + String.format("%,d", SpreadsheetLimits.MAX_ROWS)
                    + " rows, more than a spreadsheet holds: split it into smaller files");
        }
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        if (index >= SpreadsheetLimits.MAX_COLUMNS) {
            throw new RosterFileException(fileName + ", line " + line() + " has more than "
                    + String.format("%,d", SpreadsheetLimits.MAX_COLUMNS) + " columns, more than a spreadsheet holds");
        }
        rowChars += len;
        if (rowChars > SpreadsheetLimits.MAX_ROW_CHARS) {
            throw new RosterFileException(fileName + ", line " + line() + " holds more than "
                    + String.format("%,d", SpreadsheetLimits.MAX_ROW_CHARS) + " characters: it is not a roster row");
        }
        if (len > SpreadsheetLimits.MAX_CELL_CHARS) {
            flaws.add(new CellFlaw(index, "the cell holds " + String.format("%,d", len)
                    + " characters, more than a spreadsheet cell can (32,767)"));
            cells.add("");
            return;
        }
        String value = new String(buf, offset, len);
        if (!quoted && value.indexOf(quote) >= 0) {
            flaws.add(new CellFlaw(index, "a quote inside a cell that does not start with one (line " + line()
                    + "): put the whole cell in quotes and double the quotes inside it"));
        }
        cells.add(FormulaCells.restored(value));
    }

    @Override
    protected void handleEmpty() {
        cells.add("");
    }

    @Override
    protected SheetRow buildRecord() {
        return new SheetRow(record, List.copyOf(cells), List.of(), List.copyOf(flaws));
    }

    /** The line the current record starts on (records span lines when a quoted cell holds line breaks). */
    long line() {
        return getStartingLineNumber();
    }

    /** The one-based column being read when the parser gave up. */
    int column() {
        return getFieldCount() + 1;
    }

    int record() {
        return record;
    }
}
