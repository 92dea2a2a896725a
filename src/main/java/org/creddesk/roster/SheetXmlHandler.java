package org.creddesk.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part: turns {@code <row>/<c>} elements into {@link SheetRow}s. It replaces POI's
 * XSSFSheetXMLHandler, which builds an XMLBeans rich-text object for every string cell (40% of the read time on a
 * 100,000-row roster); numbers still go through POI's formatter with the cell's number format.
 * <p>
 * Everything a file says is bounded while streaming: rows and columns to Excel's last (1,048,576 and XFD), rows
 * in ascending order (a row numbered at or above one already read would be taken for a title row and skipped),
 * cell text to 32,767 characters, a row's text to a million. Empty cells are not padded out, so a lone reference
 * to column XFD costs nothing.
 */
final class SheetXmlHandler extends DefaultHandler {
    private final String fileName;
    private final String sheet;
    private final SharedStrings sharedStrings;
    private final NumberFormats formats;
    private final CellTextFormatter formatter;
    private final boolean dates1904;
    private final RowSink sink;
    private final Map<Integer, Object[]> styleFormats = new HashMap<>();
    private final List<String> cells = new ArrayList<>();
    private final List<CellKind> kinds = new ArrayList<>();
    private final List<CellFlaw> flaws = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int row;
    private int lastRow;
    private int column;
    private String ref;
    private String type;
    private int style;
    private long rowChars;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean tooLong;

    SheetXmlHandler(String fileName, String sheet, SharedStrings sharedStrings, NumberFormats formats,
                    CellTextFormatter formatter, boolean dates1904, RowSink sink) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.formats = formats;
        this.formatter = formatter;
        this.dates1904 = dates1904;
        this.sink = sink;
    }

    /** Thrown through the parser when the sink wants no more rows. */
    static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /**
     * The sheet's XML holds something no spreadsheet program writes (a cell reference like "1A", a row number that
     * is not a number, a shared string that does not exist): the file is damaged.
     */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }

        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
        try {
            start(localName, attrs);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new Malformed(describe(localName, attrs), e);
        }
    }

    private String describe(String element, Attributes attrs) {
        String r = attrs.getValue("r");
        return "row".equals(element) ? badRowNumber(r).getMessage() : badReference(r).getMessage();
    }

    private void start(String localName, Attributes attrs) {
        switch (localName) {
            case "row" -> startRow(attrs.getValue("r"));
            case "c" -> {
                ref = attrs.getValue("r");
                column = ref == null ? cells.size() : CellRefs.column(ref, x -> badReference(ref));
                if (column >= SpreadsheetLimits.MAX_COLUMNS) {
                    throw refused("cell " + ref + " lies beyond Excel's last column, XFD");
                }
                type = attrs.getValue("t");
                style = styleIndex(attrs.getValue("s"));
                text.setLength(0);
                tooLong = false;
            }
            case "v" -> inValue = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = !inPhonetic;
            default -> {
                // other elements carry nothing a roster needs
            }
        }
    }

    private void startRow(String r) {
        row = r == null ? lastRow + 1 : CellRefs.rowNumber(r, x -> badRowNumber(r));
        if (row > SpreadsheetLimits.MAX_ROWS) {
            throw refused("row " + r + " lies beyond Excel's last row, 1,048,576");
        }
        if (row <= lastRow) {
            throw refused("row " + row + " comes after row " + lastRow + " (rows out of order or numbered twice), "
                    + "so rows would be taken for the header or lost; open the file in Excel and save it again");
        }
        lastRow = row;
        cells.clear();
        kinds.clear();
        flaws.clear();
        rowChars = 0;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if ((inValue || inInlineText) && !tooLong) {
            if (text.length() + length > SpreadsheetLimits.MAX_CELL_CHARS) {
                tooLong = true;
                text.setLength(0);
            } else {
                text.append(ch, start, length);
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                try {
                    endCell();
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    // the cell's text stays out of the message: it may be a person's data, and this goes to the log
                    throw new Malformed("row " + row + " has a cell whose value cannot be read", e);
                }
            }
            case "row" -> {
                if (!sink.accept(new SheetRow(row, List.copyOf(cells), List.copyOf(kinds), List.copyOf(flaws)))) {
                    throw new StopReading();
                }
            }
            default -> {
                // nothing to finish
            }
        }
    }

    private void endCell() {
        if (tooLong) {
            flaws.add(new CellFlaw(column, "the cell holds more than 32,767 characters, more than Excel allows"));
            return;
        }
        String raw = text.toString();
        CellKind kind = CellKind.TEXT;
        String value;
        if (type == null || "n".equals(type)) {
            if (raw.isEmpty()) {
                return;
            }
            Object[] format = styleFormats.computeIfAbsent(style, i -> {
                int id = formats.formatId(i);
                return new Object[] {id, formats.formatCode(id)};
            });
            String code = (String) format[1];
            kind = code.toUpperCase(Locale.ROOT).contains("E+") ? CellKind.NUMBER_SHOWN_SCIENTIFIC : CellKind.NUMBER;
            value = number(raw, (Integer) format[0], code);
        } else {
            value = switch (type) {
                case "s" -> shared(raw);
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                case "e" -> "";
                case "inlineStr", "str" -> XmlEscapes.decode(raw);
                default -> raw; // d (ISO date)
            };
            if (value == null) {
                flaws.add(new CellFlaw(column, "the cell holds more than 32,767 characters, more than Excel allows"));
                return;
            }
        }
        if (value.isEmpty()) {
            return;
        }
        rowChars += value.length();
        if (rowChars > SpreadsheetLimits.MAX_ROW_CHARS) {
            throw refused("row " + row + " holds more than 1,000,000 characters: it is not a roster row");
        }
        put(value, kind);
    }

    private void put(String value, CellKind kind) {
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(value);
        } else {
            cells.set(column, value);
        }
        if (kind != CellKind.TEXT) {
            while (kinds.size() <= column) {
                kinds.add(CellKind.TEXT);
            }
            kinds.set(column, kind);
        } else if (column < kinds.size()) {
            kinds.set(column, CellKind.TEXT);
        }
    }

    private String shared(String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        int index;
        try {
            index = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= sharedStrings.size()) {
            throw new Malformed("cell " + where() + " refers to shared text #" + raw.strip() + ", which the file does "
                    + "not hold");
        }
        return sharedStrings.get(index);
    }

    private String number(String raw, int formatId, String formatCode) {
        try {
            return formatter.formatRawCellContents(Double.parseDouble(raw), formatId, formatCode, dates1904);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static int styleIndex(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String where() {
        return ref != null ? ref : SpreadsheetLimits.columnName(column) + row;
    }

    /** Malformed, not refused: the reader words it as a damaged file ({@code XlsxReader}). */
    private Malformed badReference(String reference) {
        return new Malformed("row " + row + " has a cell with the reference '" + reference + "', which is not a cell "
                + "reference");
    }

    private Malformed badRowNumber(String number) {
        return new Malformed("the row number '" + number + "' is not a number from 1 to 1,048,576");
    }

    private RosterFileException refused(String what) {
        return new RosterFileException(fileName + ", sheet '" + sheet + "': " + what);
    }
}
