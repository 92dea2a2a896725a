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
 * Whether a workbook counts dates from 1904 (old Mac Excel, {@code <workbookPr date1904="1"/>}): read with the
 * 1900 system its dates would come out four years and a day early, silently.
 */
final class Dates1904 extends DefaultHandler {
    private boolean dates1904;

    static boolean of(InputStream workbookXml) throws IOException, SAXException, ParserConfigurationException {
        if (workbookXml == null) {
            return false;
        }
        Dates1904 handler = new Dates1904();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(workbookXml));
        } catch (Found found) {
            // the workbook properties come first; the rest of the part is not needed
        }
        return handler.dates1904;
    }

    private static final class Found extends RuntimeException {
        Found() {
            super(null, null, false, false);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
        if ("workbookPr".equals(localName)) {
            String v = attrs.getValue("date1904");
            dates1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
            throw new Found();
        }
        if ("sheets".equals(localName)) {
            throw new Found();
        }
    }
}
