package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creddesk.roster.HostileFiles.row;
import static org.creddesk.roster.HostileFiles.sheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.cli.ProgramProcess;
import org.creddesk.domain.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks that are small on disk and enormous, or out of order, once read: each is refused with one sentence
 * while streaming, never with an OutOfMemoryError, hours of work, or a silent "0 rows".
 */
class HostileWorkbooksTest {
    static final String HEADER = row(1, "NPI", "Last Name", "First Name");

    @TempDir
    Path dir;

    static List<SheetRow> rows(Path file) {
        SpreadsheetReader reader = SpreadsheetFiles.open(file);
        List<SheetRow> rows = new ArrayList<>();
        reader.read(reader.sheetNames().get(0), rows::add);
        return rows;
    }

    @Test
    void aCellReferenceBeyondExcelsLastColumnIsRefusedAtOnce() throws Exception {
        Path file = HostileFiles.xlsx(dir, "zzz.xlsx", sheet(HEADER
                + "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), null, null);
        assertThat(Files.size(file)).isLessThan(2048);
        assertThatThrownBy(() -> rows(file)).isInstanceOf(RosterFileException.class)
                .hasMessage("zzz.xlsx, sheet 'Providers': cell ZZZZZZ2 lies beyond Excel's last column, XFD");
    }

    @Test
    void emptyCellsFarToTheRightCostNothingAndTheLastColumnStillReads() throws Exception {
        Path file = HostileFiles.xlsx(dir, "wide.xlsx", sheet(HEADER
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1234567893</t></is></c><c r=\"XFC2\" s=\"0\"/>"
                + "<c r=\"XFD2\" t=\"inlineStr\"><is><t>last</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>1679576722</t></is></c><c r=\"XFD3\" s=\"0\"/></row>"),
                null, null);
        List<SheetRow> rows = rows(file);
        assertThat(rows.get(1).cells()).hasSize(16_384);
        assertThat(rows.get(1).cell(16_383)).isEqualTo("last");
        assertThat(rows.get(2).cells()).as("an empty styled cell is not padded out").containsExactly("1679576722");
    }

    @Test
    void rowsBeyondExcelsLastRowAndMalformedReferencesAreOneSentence() throws Exception {
        Path far = HostileFiles.xlsx(dir, "far.xlsx", sheet(HEADER + row(1_048_577, "1234567893", "A", "B")), null,
                null);
        assertThatThrownBy(() -> rows(far)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("row 1048577 lies beyond Excel's last row, 1,048,576");
        Path bad = HostileFiles.xlsx(dir, "bad.xlsx", sheet(HEADER
                + "<row r=\"2\"><c r=\"1A\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), null, null);
        assertThatThrownBy(() -> rows(bad)).isInstanceOf(RosterFileException.class)
                .hasMessage("bad.xlsx, sheet 'Providers' is damaged: row 2 has a cell with the reference '1A', "
                        + "which is not a cell reference. Open it in Excel and save it again.");
        Path zero = HostileFiles.xlsx(dir, "zero.xlsx", sheet(HEADER + "<row r=\"0\"></row>"), null, null);
        assertThatThrownBy(() -> rows(zero)).isInstanceOf(RosterFileException.class).hasMessageContaining("'0'");
    }

    @Test
    void rowsOutOfOrderOrNumberedTwiceAreRefusedNotSkipped() throws Exception {
        Path outOfOrder = HostileFiles.xlsx(dir, "order.xlsx", sheet(row(2, "NPI", "Last Name", "First Name")
                + row(1, "1234567893", "Müller", "Anna")), null, null);
        assertThatThrownBy(() -> rows(outOfOrder)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("row 1 comes after row 2 (rows out of order or numbered twice)");
        Path twice = HostileFiles.xlsx(dir, "twice.xlsx", sheet(row(1, "NPI", "Last Name", "First Name")
                + row(1, "1234567893", "Müller", "Anna") + row(1, "1679576722", "Nguyen", "Minh")), null, null);
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), new TestClock(Instant.parse("2026-11-23T10:00:00Z")))) {
            RosterImporter importer = ctx.rosterImporter();
            assertThatThrownBy(() -> {
                try (RosterFile f = importer.open(twice, null, null)) {
                    importer.preview(f, Progress.NONE);
                }
            }).isInstanceOf(RosterFileException.class).hasMessageContaining("row 1 comes after row 1");
        }
        Path unnumbered = HostileFiles.xlsx(dir, "unnumbered.xlsx", sheet(
                "<row><c t=\"inlineStr\"><is><t>NPI</t></is></c><c t=\"inlineStr\"><is><t>Last Name</t></is></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>1234567893</t></is></c><c t=\"inlineStr\"><is><t>Müller</t>"
                        + "</is></c></row>"), null, null);
        assertThat(rows(unnumbered)).extracting(SheetRow::number).as("rows without r count on").containsExactly(1, 2);
    }

    @Test
    void datesOfAWorkbookCountingFrom1904AreReadAsTheDatesItShows() throws Exception {
        Path file = dir.resolve("mac.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("mm/dd/yyyy"));
            org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("Providers");
            s.createRow(0).createCell(0).setCellValue("Lic Exp");
            org.apache.poi.ss.usermodel.Cell c = s.createRow(1).createCell(0);
            c.setCellValue(java.time.LocalDate.of(2027, 3, 15));
            c.setCellStyle(date);
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThat(rows(file).get(1).cells()).containsExactly("2027-03-15");
    }

    @Test
    void sharedTextIsHeldExactlyAcrossChunksAndRefusedPastItsBudget() {
        SharedStrings strings = new SharedStrings("big.xlsx", 3 << 20);
        for (int i = 0; i < 20_000; i++) {
            strings.add(i % 3 == 0 ? "" : "Nguyễn Thị " + i + "-" + "x".repeat(90));
        }
        strings.add(null);
        assertThat(strings.size()).isEqualTo(20_001);
        assertThat(strings.get(12_344)).isEqualTo("Nguyễn Thị 12344-" + "x".repeat(90));
        assertThat(strings.get(12_345)).isEmpty();
        assertThat(strings.get(20_000)).as("too long for a cell").isNull();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10_000; i++) {
                strings.add("y".repeat(1_000));
            }
        }).isInstanceOf(RosterFileException.class).hasMessage("big.xlsx holds more distinct cell text than CredDesk "
                + "reads at once (over 3 MB): save the sheet as CSV and import that, or split the file");
    }

    @Test
    void sharedTextReferencesAndOverlongTextAreCheckedToo() throws Exception {
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><si><t>Müller</t></si><si><t>" + "x".repeat(40_000) + "</t></si></sst>";
        Path missing = HostileFiles.xlsx(dir, "missing.xlsx", sheet(HEADER
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>"), HostileFiles.text(sst), null);
        assertThatThrownBy(() -> rows(missing)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("cell A2 refers to shared text #7, which the file does not hold");
        Path longText = HostileFiles.xlsx(dir, "long.xlsx", sheet(HEADER
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1234567893</t></is></c><c r=\"B2\" t=\"s\"><v>1</v>"
                + "</c><c r=\"C2\" t=\"inlineStr\"><is><t>Anna</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>1679576722</t></is></c><c r=\"B3\" t=\"s\"><v>0</v>"
                + "</c><c r=\"C3\" t=\"inlineStr\"><is><t>" + "y".repeat(33_000) + "</t></is></c></row>"),
                HostileFiles.text(sst), null);
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), new TestClock(Instant.parse("2026-11-23T10:00:00Z")))) {
            RosterImporter importer = ctx.rosterImporter();
            try (RosterFile f = importer.open(longText, null, null)) {
                ImportReport report = importer.preview(f, Progress.NONE);
                assertThat(report.rejected()).extracting(RowIssue::row, RowIssue::column, RowIssue::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2, "Last Name",
                                        "the cell holds more than 32,767 characters, more than Excel allows"),
                                org.assertj.core.groups.Tuple.tuple(3, "First Name",
                                        "the cell holds more than 32,767 characters, more than Excel allows"));
            }
        }
    }

    /**
     * The whole program at -Xmx256m, as a person runs it: shared text expanding past what the heap holds (about
     * 120 MB once unpacked, under 2 MB on disk) and the huge cell reference each end in exit 2 and one sentence,
     * never an OutOfMemoryError.
     */
    @Test
    void atTwoHundredFiftySixMegabytesTheProgramAnswersWithASentence() throws Exception {
        Path shared = HostileFiles.xlsx(dir, "shared.xlsx", sheet(HEADER), HostileFiles.bulkySharedStrings(60_000, 2_000),
                null);
        assertThat(Files.size(shared)).isLessThan(2_000_000);
        Path zzz = HostileFiles.xlsx(dir, "zzz.xlsx", sheet(HEADER
                + "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), null, null);
        for (Path file : List.of(shared, zzz)) {
            ProgramProcess run = ProgramProcess.run(dir, "256m", "--db", dir.resolve("child.db").toString(), "roster",
                    "import", file.toString(), "--dry-run");
            String log = run.output();
            assertThat(run.exit()).as(log).isEqualTo(2);
            assertThat(log).contains(file.getFileName().toString()).doesNotContain("OutOfMemoryError")
                    .doesNotContain("Exception");
            assertThat(log).contains(file == shared
                    ? "shared.xlsx holds more distinct cell text than CredDesk reads at once (over "
                    : "zzz.xlsx, sheet 'Providers': cell ZZZZZZ2 lies beyond Excel's last column, XFD");
        }
    }
}
