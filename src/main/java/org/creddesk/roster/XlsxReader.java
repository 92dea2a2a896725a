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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams .xlsx sheets with the SAX event API (XSSFReader parts + {@link SheetXmlHandler}; never XSSFWorkbook): memory
 * stays flat whatever the row count; the shared strings are held compactly within a budget ({@link SharedStrings}).
 * POI's secure XML parser refuses DOCTYPE/entities, and its zip layer refuses zip bombs. A part that still
 * exhausts the heap (POI parses the workbook part itself) is refused with a sentence, never an OutOfMemoryError.
 */
final class XlsxReader implements SpreadsheetReader, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxReader.class);

    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final NumberFormats formats;
    private final boolean dates1904;
    private final List<String> sheets = new ArrayList<>();

    XlsxReader(File file) {
        this.fileName = file.getName();
        try {
            this.pkg = OPCPackage.open(file, PackageAccess.READ);
        } catch (OutOfMemoryError e) {
            throw tooLarge(e);
        } catch (Exception | LinkageError e) {
            throw SpreadsheetFiles.failure(fileName, e);
        }
        try {
            this.reader = new XSSFReader(pkg);
            try (InputStream sst = reader.getSharedStringsData()) {
                this.strings = SharedStringsReader.read(sst, fileName, SpreadsheetLimits.sharedStringsBudget());
            }
            try (InputStream styles = reader.getStylesData()) {
                this.formats = NumberFormats.read(styles, fileName);
            }
            try (InputStream workbook = reader.getWorkbookData()) {
                this.dates1904 = Dates1904.of(workbook);
            }
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    sheets.add(it.getSheetName());
                }
            }
        } catch (OutOfMemoryError e) {
            pkg.revert();
            throw tooLarge(e);
        } catch (Exception | LinkageError e) {
            pkg.revert();
            throw SpreadsheetFiles.failure(fileName, unwrapped(null, e));
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
                        parse(sheet, in, sink);
                        return;
                    }
                }
            }
            throw new RosterFileException(fileName + " has no sheet named '" + sheet + "'");
        } catch (SheetXmlHandler.StopReading stop) {
            // the sink has seen enough
        } catch (OutOfMemoryError e) {
            throw tooLarge(e);
        } catch (SheetXmlHandler.Malformed e) {
            throw damaged(sheet, e);
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw SpreadsheetFiles.failure(fileName, unwrapped(sheet, e));
        }
    }

    /**
     * A RosterFileException (or the sink's own exception) thrown inside the SAX parser comes out as itself, a
     * malformed sheet as the damaged-file sentence; {@code sheet} is null while the workbook is being opened.
     */
    private Throwable unwrapped(String sheet, Throwable e) {
        if (e instanceof SAXException se && se.getException() instanceof SheetXmlHandler.Malformed m) {
            throw damaged(sheet, m);
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

    private void parse(String sheet, InputStream in, RowSink sink) throws IOException, SAXException,
            javax.xml.parsers.ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new SheetXmlHandler(fileName, sheet, strings, formats, new CellTextFormatter(),
                dates1904, sink));
        xml.parse(new InputSource(in));
    }

    /**
     * The last line of defence: the bounds above stop every case we know, but a part POI parses by itself could
     * still exhaust the heap. What it allocated is unreachable once this unwinds, so the program carries on.
     */
    private RosterFileException tooLarge(OutOfMemoryError e) {
        LOG.warn("reading an xlsx ran out of memory (max heap {} MB)", Runtime.getRuntime().maxMemory() >> 20);
        return new RosterFileException(fileName + " is too large to read in the memory CredDesk has ("
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB): save the sheet as CSV and import that, or split "
                + "the file", e);
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
