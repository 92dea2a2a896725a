package org.creddesk.roster;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of an xlsx (all a roster needs from styles.xml), read with SAX instead of
 * POI's StylesTable, which builds the whole part as XMLBeans objects: a bloated or hostile styles part stays
 * bounded by Excel's own limits (64,000 styles, 255-character format codes) or is refused.
 */
final class NumberFormats extends DefaultHandler {
    private static final int MAX_STYLES = 65_536;
    private static final int MAX_FORMAT_CHARS = 1_024;

    private final String fileName;
    private final Map<Integer, String> custom = new HashMap<>();
    private int[] formatIds = new int[64];
    private int styles;
    private boolean inCellXfs;

    private NumberFormats(String fileName) {
        this.fileName = fileName;
    }

    static NumberFormats read(InputStream in, String fileName)
            throws IOException, SAXException, ParserConfigurationException {
        NumberFormats formats = new NumberFormats(fileName);
        if (in != null) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(formats);
            xml.parse(new InputSource(in));
        }
        return formats;
    }

    /** The format id of style {@code style} (0, "General", for styles the file does not have). */
    int formatId(int style) {
        return style >= 0 && style < styles ? formatIds[style] : 0;
    }

    /** The format code of format {@code id}: the file's own, else Excel's built-in one, else "General". */
    String formatCode(int id) {
        String code = custom.get(id);
        if (code == null) {
            code = BuiltinFormats.getBuiltinFormat(id);
        }
        return code == null ? "General" : code;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
        switch (localName) {
            case "numFmt" -> {
                String code = attrs.getValue("formatCode");
                int id = number(attrs.getValue("numFmtId"));
                if (code != null && id >= 0) {
                    if (code.length() > MAX_FORMAT_CHARS || custom.size() >= MAX_STYLES) {
                        throw damaged();
                    }
                    custom.put(id, code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    if (styles == MAX_STYLES) {
                        throw damaged();
                    }
                    if (styles == formatIds.length) {
                        formatIds = java.util.Arrays.copyOf(formatIds, styles * 2);
                    }
                    formatIds[styles++] = Math.max(0, number(attrs.getValue("numFmtId")));
                }
            }
            default -> {
                // fonts, fills, borders: nothing a roster reads
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("cellXfs".equals(localName)) {
            inCellXfs = false;
        }
    }

    private RosterFileException damaged() {
        return new RosterFileException(fileName + " is damaged: its styles part holds more cell formats than Excel "
                + "allows; open it in Excel and save it again");
    }

    private static int number(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
