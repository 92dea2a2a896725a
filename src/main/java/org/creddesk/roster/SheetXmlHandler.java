package org.creddesk.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part: turns {@code <row>/<c>} elements into {@link SheetRow}s. It replaces POI's
 * XSSFSheetXMLHandler, which builds an XMLBeans rich-text object for every string cell (40% of the read time on a
 * 100,000-row roster); numbers still go through POI's formatter with the cell's style.
 */
final class SheetXmlHandler extends DefaultHandler {
    private final List<String> sharedStrings;
    private final StylesTable styles;
    private final CellTextFormatter formatter;
    private final RowSink sink;
    private final Map<Integer, Object[]> formats = new HashMap<>();
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int row;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;

    SheetXmlHandler(List<String> sharedStrings, StylesTable styles, CellTextFormatter formatter, RowSink sink) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.formatter = formatter;
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
        return "row".equals(element) ? "the row number '" + r + "' is not a number"
                : "row " + row + " has a cell with the reference '" + r + "', which is not a cell reference";
    }

    private void start(String localName, Attributes attrs) {
        switch (localName) {
            case "row" -> {
                String r = attrs.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r);
                cells.clear();
            }
            case "c" -> {
                String ref = attrs.getValue("r");
                column = ref == null ? cells.size() : XlsxReader.column(ref);
                if (column < 0) {
                    throw new IllegalArgumentException("no column letters in " + ref);
                }
                type = attrs.getValue("t");
                String s = attrs.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                text.setLength(0);
            }
            case "v" -> inValue = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = !inPhonetic;
            default -> {
                // other elements carry nothing a roster needs
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
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
                    put(value());
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    // the cell's text stays out of the message: it may be a person's data, and this goes to the log
                    throw new Malformed("row " + row + " has a cell whose value refers to text the file does not "
                            + "hold", e);
                }
            }
            case "row" -> {
                if (!sink.accept(new SheetRow(row, List.copyOf(cells)))) {
                    throw new StopReading();
                }
            }
            default -> {
                // nothing to finish
            }
        }
    }

    private void put(String value) {
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(value);
        } else {
            cells.set(column, value);
        }
    }

    private String value() {
        String raw = text.toString();
        if (type == null || "n".equals(type)) {
            return raw.isEmpty() ? "" : number(raw);
        }
        return switch (type) {
            case "s" -> raw.isEmpty() ? "" : sharedStrings.get(Integer.parseInt(raw.strip()));
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            case "e" -> "";
            default -> raw; // inlineStr, str (formula text), d (ISO date)
        };
    }

    private String number(String raw) {
        Object[] format = formats.computeIfAbsent(style, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return new Object[] {0, "General"};
            }
            XSSFCellStyle cs = styles.getStyleAt(i);
            return new Object[] {(int) cs.getDataFormat(), cs.getDataFormatString()};
        });
        try {
            return formatter.formatRawCellContents(Double.parseDouble(raw), (Integer) format[0], (String) format[1]);
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
