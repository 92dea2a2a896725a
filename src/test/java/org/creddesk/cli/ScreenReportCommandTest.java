package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.License;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.sample.SyntheticProviders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monthly monitoring report as PDF and xlsx, and the screening fields of providers show (fictitious people). */
class ScreenReportCommandTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final String HEADER = ScreenCommandTest.HEADER;

    @TempDir
    Path dir;
    Path db;
    String out;
    String err;

    @BeforeEach
    void providers() {
        db = dir.resolve("creddesk.db");
        List<ProviderFile> files = new ArrayList<>();
        files.add(ScreenCommandTest.provider("Dana", "Quayle", LocalDate.of(1971, 4, 9), SyntheticProviders.npi(11),
                "MA"));
        files.add(ScreenCommandTest.provider("Jürgen", "Müller", LocalDate.of(1970, 3, 3), SyntheticProviders.npi(12),
                "NY"));
        files.add(ScreenCommandTest.provider("Thị Minh", "Nguyễn", LocalDate.of(1985, 6, 6), SyntheticProviders.npi(13),
                "CA"));
        // Enough clean providers that the tables run over several pages.
        for (int i = 0; i < 60; i++) {
            files.add(ScreenCommandTest.provider("Fictive" + i, "Testperson" + i, LocalDate.of(1980, 1, 1),
                    SyntheticProviders.npi(100 + i), "OH"));
        }
        try (AppContext ctx = AppContext.open(db, CLOCK)) {
            ctx.providerRepository().saveAll(files, ctx.manualChange());
        }
    }

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = new CredDeskCli(new PrintWriter(o), new PrintWriter(e), CLOCK).execute(all, (d, c) -> { });
        out = o.toString();
        err = e.toString();
        return code;
    }

    void screenAndReview() throws IOException {
        Path file = dir.resolve("UPDATED.csv");
        Files.writeString(file, HEADER + "\r\n"
                + "QUAYLE,DANA,,,IND- LIC HC SERV PRO,NURSE/NURSES AIDE,,0000000000,19710409,1 FICTION WAY,NOWHERE,MA,"
                + "00001,1128b4   ,20190321,00000000,00000000,\r\n", StandardCharsets.UTF_8);
        assertThat(run("screen", "--leie", file.toString(), "--downloaded", "2026-11-20", "--json")).isZero();
        String hitId = Json.mapper().readTree(out).get(0).get("id").asText();
        assertThat(run("screen", "dispose", hitId, "--as", "false-positive", "--note", "Other DOB per board"))
                .isZero();
    }

    @Test
    void theReportIsWrittenAsCsvPdfAndWorkbook() throws IOException {
        screenAndReview();
        Path reportDir = dir.resolve("report");
        assertThat(run("screen", "report", "--month", "2026-11", "--out", reportDir.toString())).isZero();
        assertThat(out.lines().map(l -> Path.of(l).getFileName().toString())).containsExactly(
                "monitoring-2026-11-lists.csv", "monitoring-2026-11-providers.csv", "monitoring-2026-11-hits.csv",
                "monitoring-2026-11.pdf", "monitoring-2026-11.xlsx");

        String sha;
        try (AppContext ctx = AppContext.open(db, CLOCK)) {
            sha = ctx.screening().listVersions().get(0).sha256();
        }
        try (PDDocument pdf = Loader.loadPDF(reportDir.resolve("monitoring-2026-11.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Monthly monitoring report 2026-11", "List versions used", "UPDATED.csv",
                    "2026-11-20", "Who was screened (63)", "Müller, Jürgen", "Nguyễn, Thị Minh",
                    "Hits and dispositions (1)", "Other DOB per board", "false-positive",
                    "Page 1 of " + pdf.getNumberOfPages(), "Page " + pdf.getNumberOfPages() + " of ");
            // The hash may be wrapped inside its cell, but every character is there in order.
            assertThat(text.replaceAll("\\s", "")).contains(sha);
            // The table header repeats on the pages a table runs onto.
            PDFTextStripper page2 = new PDFTextStripper();
            page2.setStartPage(2);
            page2.setEndPage(2);
            assertThat(page2.getText(pdf)).contains("Provider", "NPI", "Result");
            // Look at it: the first and the last page as a reviewer sees them.
            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
            javax.imageio.ImageIO.write(renderer.renderImageWithDPI(0, 110), "png",
                    shots.resolve("monitoring-report-page1.png").toFile());
            javax.imageio.ImageIO.write(renderer.renderImageWithDPI(pdf.getNumberOfPages() - 1, 110), "png",
                    shots.resolve("monitoring-report-last.png").toFile());
        }

        try (InputStream in = Files.newInputStream(reportDir.resolve("monitoring-2026-11.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Lists", "Runs", "Screened", "Providers", "Hits");
            Sheet lists = book.getSheet("Lists");
            assertThat(cells(lists.getRow(0))).containsExactly("List", "Kind", "File", "Downloaded", "Imported", "Rows",
                    "SHA-256");
            assertThat(cells(lists.getRow(1))).contains("OIG LEIE", "UPDATED.csv", "2026-11-20", "1", sha);
            Sheet screened = book.getSheet("Screened");
            assertThat(screened.getLastRowNum()).isEqualTo(63);
            List<List<String>> rows = new ArrayList<>();
            screened.forEach(r -> rows.add(cells(r)));
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("Quayle, Dana", SyntheticProviders.npi(11),
                    "cleared", "recorded"));
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("Müller, Jürgen", "clear"));
            Sheet hits = book.getSheet("Hits");
            assertThat(cells(hits.getRow(1))).contains("Quayle, Dana", "LEIE", "QUAYLE, DANA", "false positive",
                    "false-positive", "Other DOB per board");
        }
    }

    @Test
    void onlyTheAskedFormatsAndAClearErrorForAnUnknownOne() throws IOException {
        screenAndReview();
        Path reportDir = dir.resolve("pdf-only");
        assertThat(run("screen", "report", "--month", "2026-11", "--out", reportDir.toString(), "--format", "pdf"))
                .isZero();
        try (var listing = Files.list(reportDir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("monitoring-2026-11.pdf");
        }
        assertThat(run("screen", "report", "--out", reportDir.toString(), "--format", "docx")).isEqualTo(1);
        assertThat(err).contains("'docx' is not a report format: use csv, pdf or xlsx");
    }

    @Test
    void providersShowTellsWhenLastScreenedAndWhenNextDue() throws IOException {
        assertThat(run("providers", "show", SyntheticProviders.npi(12), "--json")).isZero();
        JsonNode before = Json.mapper().readTree(out);
        assertThat(before.get("lastScreened").isNull()).isTrue();
        assertThat(before.get("nextScreeningDue").asText()).isEqualTo("2026-11-23");

        screenAndReview();
        assertThat(run("providers", "show", SyntheticProviders.npi(12), "--json")).isZero();
        JsonNode after = Json.mapper().readTree(out);
        assertThat(after.get("lastScreened").asText()).isEqualTo("2026-11-23");
        assertThat(after.get("nextScreeningDue").asText()).isEqualTo("2026-12-31");
        assertThat(after.get("lastScreeningResult").asText()).isEqualTo("clear");

        assertThat(run("--as-of", "2026-12-20", "deadlines", "--kind", "screening", "--json")).isZero();
        JsonNode due = Json.mapper().readTree(out);
        assertThat(due).hasSize(63);
        assertThat(due.get(0).get("kind").asText()).isEqualTo("screening");
        assertThat(due.get(0).get("due").asText()).isEqualTo("2026-12-31");
        Path ics = dir.resolve("screening.ics");
        assertThat(run("deadlines", "--kind", "screening", "--ics", ics.toString())).isZero();
        String calendar = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(calendar).contains("CATEGORIES:screening", "DTSTART;VALUE=DATE:20261231");
        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(64);
    }

    static List<String> cells(Row row) {
        List<String> result = new ArrayList<>();
        row.forEach(c -> result.add(c.getStringCellValue()));
        return result;
    }
}
