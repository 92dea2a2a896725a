package org.creddesk.roster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as streaming .xlsx (SXSSF: a window of rows in memory) or CSV (UTF-8 with BOM): every CSV and
 * workbook the program writes goes through here, so a value a spreadsheet would run as a formula is neutralised
 * in one place per format ({@link FormulaCells}; ADR 0028).
 */
public interface RosterTableWriter extends AutoCloseable {
    void startSheet(String name, List<String> headers) throws IOException;

    void row(List<String> values) throws IOException;

    @Override
    void close() throws IOException;

    static RosterTableWriter forFile(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? new Csv(file, false) : new Xlsx(file);
    }

    /** A CSV that quotes every field (the monitoring report's contract with auditors' tools). */
    static RosterTableWriter csvQuotingEveryField(Path file) throws IOException {
        return new Csv(file, true);
    }

    /**
     * Text cells only: an NPI or a license number "003806" stays exactly as written when Excel opens it. A text
     * cell is never evaluated when the file opens; one that would be a formula once edited (=, +, -, @...) is
     * also marked quote-prefixed, as Excel marks text typed after an apostrophe, so its value stays exact.
     */
    final class Xlsx implements RosterTableWriter {
        private final Path file;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final CellStyle asText;
        private SXSSFSheet sheet;
        private int next;
        private boolean closed;

        Xlsx(Path file) {
            this.file = file;
            workbook.setCompressTempFiles(true);
            asText = workbook.createCellStyle();
            asText.setQuotePrefixed(true);
        }

        @Override
        public void startSheet(String name, List<String> headers) {
            sheet = workbook.createSheet(name);
            next = 0;
            row(headers);
        }

        @Override
        public void row(List<String> values) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                if (v != null && !v.isEmpty()) {
                    Cell cell = r.createCell(i);
                    cell.setCellValue(v);
                    if (FormulaCells.wouldEvaluate(v)) {
                        cell.setCellStyle(asText);
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                workbook.write(out);
            } finally {
                workbook.close();
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * One CSV holds one table; a delta export adds its part (Add/Update/Term) as the first column. A value that
     * would run as a formula gets an apostrophe in front (OWASP); the roster import takes it off again.
     */
    final class Csv implements RosterTableWriter {
        private final BufferedWriter out;
        private final boolean quoteEveryField;
        private boolean headerWritten;

        Csv(Path file, boolean quoteEveryField) throws IOException {
            this.quoteEveryField = quoteEveryField;
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write('\uFEFF');
        }

        @Override
        public void startSheet(String name, List<String> headers) throws IOException {
            if (!headerWritten) {
                row(headers);
                headerWritten = true;
            }
        }

        @Override
        public void row(List<String> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(values.get(i), quoteEveryField));
            }
            out.write("\r\n");
        }

        static String field(String value, boolean quoteEveryField) {
            String v = FormulaCells.neutralised(value == null ? "" : value);
            if (quoteEveryField || v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                return "\"" + v.replace("\"", "\"\"") + "\"";
            }
            return v;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
