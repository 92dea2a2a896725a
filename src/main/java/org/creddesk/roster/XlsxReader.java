package org.creddesk.roster;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams .xlsx sheets with the SAX event API (never XSSFWorkbook): memory stays flat whatever the row count.
 * POI's secure XML parser refuses DOCTYPE/entities, and its zip layer refuses zip bombs.
 */
final class XlsxReader implements SpreadsheetReader, AutoCloseable {
    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStrings strings;
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
            this.strings = reader.getSharedStringsTable();
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
        } catch (StopReading stop) {
            // the sink has seen enough
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw SpreadsheetFiles.failure(fileName, unwrap(e));
        }
    }

    private static Throwable unwrap(Exception e) {
        if (e instanceof SAXException se && se.getException() instanceof RuntimeException re) {
            throw re;
        }
        return e;
    }

    private void parse(InputStream in, RowSink sink) throws IOException, SAXException,
            javax.xml.parsers.ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(sink),
                new CellTextFormatter(), false));
        xml.parse(new InputSource(in));
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Thrown through the SAX parser when the sink wants no more rows. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int row;

        RowCollector(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!sink.accept(new SheetRow(row + 1, List.copyOf(cells)))) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }
}
