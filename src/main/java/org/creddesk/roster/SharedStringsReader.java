package org.creddesk.roster;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the shared-strings part as plain strings (runs joined, phonetic hints left out), with POI's safe parser,
 * into a {@link SharedStrings} table that refuses to grow past its budget. Text of one entry stops being
 * collected at the cell limit, so one giant string never fills the heap either.
 */
final class SharedStringsReader extends DefaultHandler {
    private final SharedStrings strings;
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;
    private boolean tooLong;

    private SharedStringsReader(SharedStrings strings) {
        this.strings = strings;
    }

    static SharedStrings read(InputStream in, String fileName, long budget)
            throws IOException, SAXException, ParserConfigurationException {
        if (in == null) {
            return SharedStrings.empty(fileName);
        }
        SharedStringsReader handler = new SharedStringsReader(new SharedStrings(fileName, budget));
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
        switch (localName) {
            case "si" -> {
                text.setLength(0);
                tooLong = false;
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = !inPhonetic;
            default -> {
                // formatting runs carry no text of their own
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !tooLong) {
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
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "si" -> strings.add(tooLong ? null : XmlEscapes.decode(text.toString()));
            default -> {
                // nothing to finish
            }
        }
    }
}
