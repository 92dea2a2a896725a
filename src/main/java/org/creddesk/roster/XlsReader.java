package org.creddesk.roster;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads legacy .xls files (at most 65,536 rows, so the whole-workbook model is fine). */
final class XlsReader implements SpreadsheetReader, AutoCloseable {
    private final String fileName;
    private final HSSFWorkbook workbook;
    private final CellTextFormatter formatter = new CellTextFormatter();

    XlsReader(File file, POIFSFileSystem fs) {
        this.fileName = file.getName();
        try {
            this.workbook = new HSSFWorkbook(fs.getRoot(), true);
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
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(text(row.getCell(c)));
            }
            if (!sink.accept(new SheetRow(row.getRowNum() + 1, List.copyOf(cells)))) {
                return;
            }
        }
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
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
