package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.creddesk.AppProcess;
import org.creddesk.app.AppContext;
import org.creddesk.app.ErrorLog;
import org.creddesk.app.FailureSentence;
import org.creddesk.store.StoreDiskFullException;
import org.creddesk.ui.common.HumanMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 13: a bad xlsx cell reference, a full disk, a damaged database page and a damaged PDF each end in
 * one sentence (which file, what is wrong, what to do); the stack trace goes to the log file, never to the person.
 */
class FailureSentencesCliTest {
    @TempDir
    Path dir;
    Path log;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        log = dir.resolve("home/logs/creddesk.log");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = new CredDeskCli(new PrintWriter(o), new PrintWriter(e), CliRun.CLOCK, new ErrorLog(log))
                .execute(args, (f, c) -> { });
        return new Run(code, o.toString(), e.toString());
    }

    static void assertOneSentence(Run r) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    /** A real roster workbook whose sheet XML is then changed the way a broken exporter writes it. */
    Path roster(String name, UnaryOperator<String> sheetXml) throws Exception {
        ByteArrayOutputStream book = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Providers");
            String[][] rows = {{"NPI", "Last Name", "First Name"}, {"1234567893", "Quill", "Ada"},
                {"1871979757", "Moss", "Ben"}};
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(book);
        }
        Path file = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(book.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = sheetXml.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void aBadCellReferenceInAnXlsxIsOneSentenceWithTheTraceInTheLog() throws Exception {
        Path db = dir.resolve("creddesk.db");
        Path bad = roster("bad-ref.xlsx", xml -> xml.replace("r=\"B3\"", "r=\"1A\""));
        Run r = run("--db", db.toString(), "roster", "import", bad.toString(), "--dry-run");
        assertOneSentence(r);
        assertThat(r.err().strip()).isEqualTo("bad-ref.xlsx, sheet 'Providers' is damaged: row 3 has a cell with the "
                + "reference '1A', which is not a cell reference. Open it in Excel and save it again.");
        assertThat(Files.readString(log)).contains("ERROR command failed", "\tat org.creddesk.roster.SheetXmlHandler");

        Path badRow = roster("bad-row.xlsx", xml -> xml.replace("<row r=\"2\"", "<row r=\"two\""));
        Run row = run("--db", db.toString(), "roster", "import", badRow.toString(), "--dry-run");
        assertOneSentence(row);
        assertThat(row.err()).contains("bad-row.xlsx", "is damaged", "the row number 'two' is not a number",
                "save it again");
    }

    @Test
    void aDamagedDatabasePageIsOneSentenceSayingWhereTheBackupsAre() throws Exception {
        Path db = dir.resolve("creddesk.db");
        try (AppContext app = AppContext.open(db, CliRun.CLOCK)) {
            app.sampleData().load(null);
        }
        org.creddesk.store.StoreFailuresTestAccess.damage(db, "provider");
        for (String[] command : new String[][] {{"providers", "list", "--json"}, {"providers", "show", "1871979757"},
            {"sample-data"}}) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = db.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            Run r = run(args);
            assertOneSentence(r);
            assertThat(r.err().strip()).as(Arrays.toString(command)).isEqualTo("The database " + db + " is damaged (part "
                    + "of the file cannot be read), so nothing was changed: restore the newest copy from "
                    + dir.resolve("backups") + " or your own backup, or have the file repaired.");
        }
        assertThat(Files.readString(log)).contains("SQLITE_CORRUPT");
    }

    @Test
    void aDamagedPdfIsOneSentence() throws Exception {
        Path db = dir.resolve("creddesk.db");
        byte[] form;
        try (InputStream in = getClass().getResourceAsStream("/packet/irs_fw9_rev2011-01_acroform_only.pdf")) {
            form = in.readAllBytes();
        }
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(form, form.length / 6));
        Run fields = run("--db", db.toString(), "packet", "fields", cut.toString());
        assertOneSentence(fields);
        assertThat(fields.err().strip()).startsWith("cut.pdf is damaged and cannot be read")
                .endsWith("open it in a PDF viewer and save a new copy.");
        try (AppContext app = AppContext.open(db, CliRun.CLOCK)) {
            app.sampleData().load(null);
        }
        Path map = Files.writeString(dir.resolve("map.json"), "{\"topmostSubform[0].Page1[0].f1_1[0]\": \"{lastName}\"}");
        Run fill = run("--db", db.toString(), "packet", "1871979757", "--form", cut.toString(), "--map", map.toString(),
                "--out", dir.resolve("filled.pdf").toString());
        assertOneSentence(fill);
        assertThat(fill.err()).contains("cut.pdf is damaged");
        assertThat(dir.resolve("filled.pdf")).doesNotExist();
    }

    @Test
    void aFullDiskIsTheSameSentenceInTheCommandLineAndTheWindowAndNothingIsSaved() {
        Path db = dir.resolve("creddesk.db");
        try (AppContext app = AppContext.open(db, CliRun.CLOCK)) {
            app.database().write(h -> h.execute("PRAGMA max_page_count = "
                    + h.createQuery("PRAGMA page_count").mapTo(Integer.class).one()));
            assertThatThrownBy(() -> app.loadSample(null)).isInstanceOf(StoreDiskFullException.class)
                    .satisfies(e -> {
                        String sentence = "The disk holding " + db + " is full, so nothing was saved: free some "
                                + "space on it and try again.";
                        assertThat(e).hasMessage(sentence);
                        assertThat(FailureSentence.of(e, Path.of("creddesk.log"))).isEqualTo(sentence);
                        assertThat(HumanMessage.of(e)).isEqualTo(sentence);
                    });
            assertThat(app.providerRepository().isEmpty()).isTrue();
        }
    }

    @Test
    void aFileSystemFullWhileWritingAnExportSaysTheDiskIsFull() {
        java.io.IOException enospc = new java.nio.file.FileSystemException("/media/usb/roster.xlsx", null,
                "No space left on device");
        assertThat(FailureSentence.of(new java.io.UncheckedIOException(enospc), Path.of("creddesk.log")))
                .isEqualTo("The disk is full, so /media/usb/roster.xlsx could not be written and nothing of this step "
                        + "was saved: free some space and try again.");
    }

    @Test
    void inARealProgramLibraryTracesGoToTheLogFileNotTheScreen() throws Exception {
        byte[] form;
        try (InputStream in = getClass().getResourceAsStream("/packet/irs_fw9_rev2011-01_acroform_only.pdf")) {
            form = in.readAllBytes();
        }
        // Junk in the middle: PDFBox reads around it, printing its own error with a stack trace.
        byte[] junk = form.clone();
        for (int i = 3000; i < 43000; i++) {
            junk[i] = (byte) (i * 7);
        }
        Path pdf = Files.write(dir.resolve("junk.pdf"), junk);
        Path home = dir.resolve("home");
        AppProcess fields = AppProcess.start(home, "fields", "--db", dir.resolve("creddesk.db").toString(), "packet",
                "fields", pdf.toString(), "--json");
        int code = fields.exitCode();
        assertThat(fields.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(Files.readString(home.resolve("logs/creddesk.log"))).contains("\tat org.apache.pdfbox");
        assertThat(code).as(fields.describe()).isIn(0, 2);
    }
}
