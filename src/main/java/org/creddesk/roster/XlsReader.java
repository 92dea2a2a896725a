package org.creddesk.roster;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads legacy .xls files (at most 65,536 rows and 256 columns by the format, and uncompressed, so the
 * whole-workbook model stays proportional to the file). Rows come in row order; cell kinds as for xlsx.
 */
final class XlsReader implements SpreadsheetReader, AutoCloseable {
    private final String fileName;
    private final HSSFWorkbook workbook;
    private final CellTextFormatter formatter = new CellTextFormatter();
    private final boolean dates1904;

    XlsReader(File file, POIFSFileSystem fs) {
        this.fileName = file.getName();
        try {
            this.workbook = new HSSFWorkbook(fs.getRoot(), true);
            this.dates1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        } catch (OutOfMemoryError e) {
            throw new RosterFileException(fileName + " is too large to read in the memory CredDesk has: save it as "
                    + ".xlsx or CSV and import that", e);
        } catch (Exception | LinkageError e) {
            throw SpreadsheetFiles.failure(fileName, e);
        }
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public void read(String sheetName, RowSink sink) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new RosterFileException(fileName + " has no sheet named '" + sheetName + "'");
        }
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            List<CellKind> kinds = new ArrayList<>();
            List<CellFlaw> flaws = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                Cell cell = row.getCell(c);
                String text = text(cell);
                if (text.length() > SpreadsheetLimits.MAX_CELL_CHARS) {
                    flaws.add(new CellFlaw(c, "the cell holds more than 32,767 characters, more than Excel allows"));
                    text = "";
                }
                cells.add(text);
                kinds.add(kind(cell));
            }
            if (!sink.accept(new SheetRow(row.getRowNum() + 1, List.copyOf(cells), List.copyOf(kinds),
                    List.copyOf(flaws)))) {
                return;
            }
        }
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private static CellKind kind(Cell cell) {
        if (cell == null || type(cell) != CellType.NUMERIC) {
            return CellKind.TEXT;
        }
        String format = cell.getCellStyle().getDataFormatString();
        return format != null && format.toUpperCase(Locale.ROOT).contains("E+") ? CellKind.NUMBER_SHOWN_SCIENTIFIC
                : CellKind.NUMBER;
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString(), dates1904);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read-only; nothing to lose
        }
    }
}
