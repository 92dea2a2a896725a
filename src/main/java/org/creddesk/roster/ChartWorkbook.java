package org.creddesk.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.creddesk.domain.network.ChartData;

/**
 * The numbers behind each chart as an xlsx workbook, a sheet per chart: a row per category, a column per series,
 * figures as number cells (so a spreadsheet can sum and chart them), labels as text cells; a label that would be a
 * formula once edited is quote-prefixed as {@link RosterTableWriter.Xlsx} does (ADR 0028). Written through a
 * temporary file.
 */
public final class ChartWorkbook {
    private ChartWorkbook() {
    }

    public static void write(List<ChartData> charts, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle asText = workbook.createCellStyle();
            asText.setQuotePrefixed(true);
            for (ChartData chart : charts) {
                Sheet sheet = workbook.createSheet(sheetName(chart.id()));
                Row title = sheet.createRow(0);
                text(title.createCell(0), chart.title() + " (" + chart.unit() + ")", asText);
                Row header = sheet.createRow(1);
                text(header.createCell(0), "Category", asText);
                for (int c = 0; c < chart.series().size(); c++) {
                    text(header.createCell(c + 1), chart.series().get(c).name(), asText);
                }
                for (int r = 0; r < chart.categories().size(); r++) {
                    Row row = sheet.createRow(r + 2);
                    text(row.createCell(0), chart.categories().get(r), asText);
                    for (int c = 0; c < chart.series().size(); c++) {
                        Double v = chart.series().get(c).values().get(r);
                        if (v != null) {
                            row.createCell(c + 1).setCellValue(v);
                        }
                    }
                }
                sheet.setColumnWidth(0, 30 * 256);
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                workbook.write(out);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void text(Cell cell, String value, CellStyle asText) {
        cell.setCellValue(value);
        if (FormulaCells.wouldEvaluate(value)) {
            cell.setCellStyle(asText);
        }
    }

    /** Sheet names are at most 31 characters. */
    static String sheetName(String id) {
        return id.length() <= 31 ? id : id.substring(0, 31);
    }
}
