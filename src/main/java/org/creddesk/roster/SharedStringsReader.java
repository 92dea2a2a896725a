package org.creddesk.roster;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the shared-strings part as plain strings (runs joined, phonetic hints left out), with POI's safe parser. */
final class SharedStringsReader extends DefaultHandler {
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    static List<String> read(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        if (in == null) {
            return List.of();
        }
        SharedStringsReader handler = new SharedStringsReader();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = !inPhonetic;
            default -> {
                // formatting runs carry no text of their own
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "si" -> strings.add(text.toString());
            default -> {
                // nothing to finish
            }
        }
    }
}
