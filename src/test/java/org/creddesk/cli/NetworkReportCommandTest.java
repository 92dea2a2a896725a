package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.creddesk.store.NetworkKpiQueriesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code creddesk report network} end to end on the hand-made store whose medians are known. */
class NetworkReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void thePdfHasEveryChartTitleAndItsNumbersAndTheWorkbookASheetPerChart() throws Exception {
        Path db = NetworkKpiQueriesTest.handMadeFile(dir);
        Path pdf = dir.resolve("net.pdf");
        Path xlsx = dir.resolve("net.xlsx");
        CliRun run = CliRun.of("--db", db.toString(), "report", "network", "--month", "2026-11", "--out",
                pdf.toString(), "--xlsx", xlsx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("net.pdf", "net.xlsx");
        assertThat(run.err()).contains("5 active providers", "4 credentialing decisions");

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(3, 5);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Network report 2026-11",
                    "Time to credential (application received to decision)",
                    "Time to enroll per payer (submitted to approved)", "Enrollments by status (now)",
                    "Expirables due per month, 2026-11 to 2027-10",
                    "Screening coverage 2026-11: 40.0% of 5 active providers",
                    "Active providers fully enrolled with each payer");
            // October's median 35 and p90 40, November's 75.5 and 101; Acme: median 70, p90 80, 10 over typical.
            assertThat(text).contains("35", "75.5", "101", "Acme Health", "Bay Medicaid", "60", "Page 1 of");
            assertThat(doc.getPage(0).getContents().readAllBytes().length).as("vector drawing").isGreaterThan(2000);
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int page = 0; page < 2; page++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 110), "png",
                        shots.resolve("network-report-page" + (page + 1) + ".png").toFile());
            }
        }

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(7); // with providers by stage
            Sheet cred = book.getSheet("credentialingTime");
            assertThat(cred.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Median days");
            assertThat(cred.getRow(12).getCell(0).getStringCellValue()).isEqualTo("2026-10");
            assertThat(cred.getRow(12).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cred.getRow(12).getCell(1).getNumericCellValue()).isEqualTo(35.0);
            assertThat(cred.getRow(13).getCell(2).getNumericCellValue()).isEqualTo(101.0);
            Sheet enroll = book.getSheet("enrollmentTime");
            assertThat(enroll.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Acme Health");
            assertThat(enroll.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(70.0);
            assertThat(enroll.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(10.0);
            assertThat(book.getSheet("payerCoverage").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(60.0);
            assertThat(book.getSheet("screeningCoverage").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(book.getSheet("expirablesDue")).isNotNull();
            assertThat(book.getSheet("enrollmentsByStatus")).isNotNull();
        }
    }

    @Test
    void withoutATargetOrWithABadMonthItSaysWhatToType() throws Exception {
        Path db = NetworkKpiQueriesTest.handMadeFile(dir);
        CliRun none = CliRun.of("--db", db.toString(), "report", "network");
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).contains("--out FILE.pdf");
        CliRun bad = CliRun.of("--db", db.toString(), "report", "network", "--month", "11/2026", "--out",
                dir.resolve("x.pdf").toString());
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("'11/2026' is not a month (YYYY-MM)");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }
}
