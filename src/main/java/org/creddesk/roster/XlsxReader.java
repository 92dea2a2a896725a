package org.creddesk.roster;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams .xlsx sheets with the SAX event API (XSSFReader parts + {@link SheetXmlHandler}; never XSSFWorkbook): memory
 * stays flat whatever the row count (shared strings are held as plain strings).
 * POI's secure XML parser refuses DOCTYPE/entities, and its zip layer refuses zip bombs.
 */
final class XlsxReader implements SpreadsheetReader, AutoCloseable {
    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<String> strings;
    private final StylesTable styles;
    private final List<String> sheets = new ArrayList<>();

    XlsxReader(File file) {
        this.fileName = file.getName();
        try {
            this.pkg = OPCPackage.open(file, PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            throw SpreadsheetFiles.failure(fileName, e);
        }
        try {
            this.reader = new XSSFReader(pkg);
            try (InputStream sst = reader.getSharedStringsData()) {
                this.strings = SharedStringsReader.read(sst);
            }
            this.styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    sheets.add(it.getSheetName());
                }
            }
        } catch (Exception | LinkageError e) {
            pkg.revert();
            throw SpreadsheetFiles.failure(fileName, e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheets);
    }

    @Override
    public void read(String sheet, RowSink sink) {
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (it.getSheetName().equals(sheet)) {
                        parse(in, sink);
                        return;
                    }
                }
            }
            throw new RosterFileException(fileName + " has no sheet named '" + sheet + "'");
        } catch (SheetXmlHandler.StopReading stop) {
            // the sink has seen enough
        } catch (SheetXmlHandler.Malformed e) {
            throw damaged(sheet, e);
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw SpreadsheetFiles.failure(fileName, unwrap(e));
        }
    }

    private Throwable unwrap(Exception e) {
        if (e instanceof SAXException se && se.getException() instanceof SheetXmlHandler.Malformed m) {
            throw damaged(null, m);
        }
        if (e instanceof SAXException se && se.getException() instanceof RuntimeException re) {
            throw re;
        }
        return e;
    }

    private RosterFileException damaged(String sheet, SheetXmlHandler.Malformed e) {
        return new RosterFileException(fileName + (sheet == null ? "" : ", sheet '" + sheet + "'") + " is damaged: "
                + e.getMessage() + ". Open it in Excel and save it again.", e);
    }

    private void parse(InputStream in, RowSink sink) throws IOException, SAXException,
            javax.xml.parsers.ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new SheetXmlHandler(strings, styles, new CellTextFormatter(), sink));
        xml.parse(new InputSource(in));
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** The zero-based column of an A1 reference ("AB12" is 27); cheaper than parsing a CellReference per cell. */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            col = col * 26 + (ch - 'A' + 1);
        }
        return col - 1;
    }
}
