package org.creddesk.roster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes roster tables as streaming .xlsx (SXSSF: a window of rows in memory) or CSV (UTF-8 with BOM). */
public interface RosterTableWriter extends AutoCloseable {
    void startSheet(String name, List<String> headers) throws IOException;

    void row(List<String> values) throws IOException;

    @Override
    void close() throws IOException;

    static RosterTableWriter forFile(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? new Csv(file) : new Xlsx(file);
    }

    /** Text cells only: an NPI or a license number "003806" stays exactly as written when Excel opens it. */
    final class Xlsx implements RosterTableWriter {
        private final Path file;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private SXSSFSheet sheet;
        private int next;
        private boolean closed;

        Xlsx(Path file) {
            this.file = file;
            workbook.setCompressTempFiles(true);
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
                    r.createCell(i).setCellValue(v);
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

    /** One CSV holds one table; a delta export adds its part (Add/Update/Term) as the first column. */
    final class Csv implements RosterTableWriter {
        private final BufferedWriter out;
        private boolean headerWritten;

        Csv(Path file) throws IOException {
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
                out.write(quote(values.get(i)));
            }
            out.write("\r\n");
        }

        static String quote(String v) {
            if (v == null) {
                return "";
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
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
