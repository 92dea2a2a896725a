package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.creddesk.roster.RosterFixtures.NPI_MULLER;
import static org.creddesk.roster.RosterFixtures.NPI_NGUYEN;
import static org.creddesk.roster.RosterFixtures.NPI_OBRIEN;
import static org.creddesk.roster.RosterFixtures.NPI_SMITH;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Npi;
import org.creddesk.domain.Progress;
import org.creddesk.domain.ProviderFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values a roster must not store as given: NPIs Excel rounded in scientific notation, dates the window would
 * refuse, a year or a bare number in a date column, control characters in names. Each is refused with the row
 * and column; what the window would accept still imports.
 */
class RosterValueRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ValueNormalizer n = new ValueNormalizer(TODAY);

    @TempDir
    Path dir;

    @Test
    void scientificNpisThatLostDigitsAreRefusedWithTheReason() {
        assertThat(Npi.check("1234690000")).as("the rounded value even passes the check digit").isEmpty();
        assertThat(n.normalize(RosterField.NPI, "1.23469E+09").problem()).isEqualTo("'1.23469E+09' is in scientific "
                + "notation and keeps only 6 of an NPI's 10 digits (Excel dropped the rest when the file was saved): "
                + "format the column as Text in the source and export it again");
        assertThat(n.normalize(RosterField.NPI, "1.23E9").isValid()).isFalse();
        assertThat(n.normalize(RosterField.GROUP_NPI, "1.23469e+09").isValid()).isFalse();
        assertThat(n.normalize(RosterField.NPI, "1.234567893E+09").value()).as("every digit written").isEqualTo("1234567893");
        // a number cell holds every digit whatever it shows; one shown in E-notation with 6 digits was rounded
        assertThat(n.normalize(RosterField.NPI, "1234567893", CellKind.NUMBER_SHOWN_SCIENTIFIC).value())
                .isEqualTo("1234567893");
        assertThat(n.normalize(RosterField.NPI, "1234690000", CellKind.NUMBER_SHOWN_SCIENTIFIC).problem())
                .startsWith("'1234690000' is a number shown in scientific notation with only 6 significant digits");
        assertThat(n.normalize(RosterField.NPI, "1234690000", CellKind.NUMBER).value()).isEqualTo("1234690000");
    }

    @Test
    void otherIdentifiersThatLostDigitsToScientificNotationAreRefusedToo() {
        assertThat(n.normalize(RosterField.CAQH_ID, "1.2346E+07").problem()).startsWith("'1.2346E+07' is in "
                + "scientific notation and has lost digits");
        assertThat(n.normalize(RosterField.TIN, "1.23457E+08").isValid()).isFalse();
        assertThat(n.normalize(RosterField.PRACTICE_PHONE, "6.17555E+09").isValid()).isFalse();
        assertThat(n.normalize(RosterField.CAQH_ID, "1.2345678E+07").value()).isEqualTo("12345678");
    }

    @Test
    void datesTheWindowWouldRefuseAreRefusedWithWhy() {
        assertThat(n.normalize(RosterField.DATE_OF_BIRTH, "0001-01-01").problem())
                .isEqualTo("'0001-01-01' is not a plausible date of birth: the provider would be older than 110");
        assertThat(n.normalize(RosterField.DATE_OF_BIRTH, "12/31/9999").problem())
                .isEqualTo("'12/31/9999' is not a plausible date of birth: the provider would be younger than 16");
        assertThat(n.normalize(RosterField.DATE_OF_BIRTH, "2099-01-01").isValid()).isFalse();
        assertThat(n.normalize(RosterField.DATE_OF_BIRTH, "01/02/1970").value()).isEqualTo("1970-01-02");
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, "0001-01-01").problem())
                .isEqualTo("'0001-01-01' is not a plausible date: it is before 1900");
        assertThat(n.normalize(RosterField.DEA_EXPIRES, "12/31/9999").problem())
                .isEqualTo("'12/31/9999' is not a plausible date: it is more than 50 years ahead (leave it empty when "
                        + "there is no end date)");
        assertThat(n.normalize(RosterField.BOARD_EXPIRES, "01/01/2076").value()).isEqualTo("2076-01-01");
    }

    @Test
    void aYearOrABareNumberIsNotADateUnlessANumberCellHoldsASerial() {
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, "2027").problem())
                .isEqualTo("'2027' is a year, not a date: write the whole date as MM/DD/YYYY");
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, "2027", CellKind.NUMBER).isValid()).isFalse();
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, "46461").problem()).startsWith("'46461' is a number, not "
                + "a date (a date serial is only read from a number cell of a workbook)");
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, "46461", CellKind.NUMBER).value()).isEqualTo("2027-03-15");
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, "46461.0", CellKind.NUMBER).value()).isEqualTo("2027-03-15");
        assertThat(n.normalize(RosterField.LICENSE_EXPIRES, "20270315").value()).isEqualTo("2027-03-15");
    }

    @Test
    void controlCharactersAreRefusedAndLineBreaksBecomeSpaces() {
        assertThat(n.normalize(RosterField.LAST_NAME, "Mül\u0000ler").problem()).isEqualTo("'Mül[U+0000]ler' holds "
                + "a control character (U+0000) that no roster value has: remove it in the source file");
        assertThat(n.normalize(RosterField.FIRST_NAME, "Anna\u202E").isValid()).as("a right-to-left override").isFalse();
        assertThat(n.normalize(RosterField.LICENSE_NUMBER, "A\u0007123").isValid()).isFalse();
        assertThat(n.normalize(RosterField.LAST_NAME, "Smith\r\nJr").value()).isEqualTo("Smith Jr");
        assertThat(n.normalize(RosterField.PRACTICE_ADDRESS, "1 Main St\n\tSuite 2").value()).isEqualTo("1 Main St Suite 2");
        assertThat(n.normalize(RosterField.FIRST_NAME, "\u200BAnna\uFEFF").value()).isEqualTo("Anna");
    }

    /** The same rules on a real workbook and a real CSV, through the importer, with rows and columns. */
    @Test
    void anImportRefusesEachBadValueWithRowAndColumnAndStoresNoneOfThem() throws Exception {
        Path book = dir.resolve("roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Providers");
            CellStyle scientific = wb.createCellStyle();
            scientific.setDataFormat(wb.createDataFormat().getFormat("0.00E+00"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("mm/dd/yyyy"));
            String[] headers = {"NPI", "Last Name", "First Name", "DOB", "Lic State", "Lic #", "Lic Exp"};
            Row h = s.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            Row r2 = s.createRow(1);
            r2.createCell(0).setCellValue(1234567893d);
            r2.getCell(0).setCellStyle(scientific);
            r2.createCell(1).setCellValue("Müller");
            r2.createCell(2).setCellValue("Anna");
            r2.createCell(3).setCellValue(LocalDate.of(9999, 12, 31));
            r2.getCell(3).setCellStyle(date);
            r2.createCell(4).setCellValue("MA");
            r2.createCell(5).setCellValue("L-1");
            r2.createCell(6).setCellValue(46461);
            Row r3 = s.createRow(2);
            r3.createCell(0).setCellValue(1234690000d);
            r3.getCell(0).setCellStyle(scientific);
            r3.createCell(1).setCellValue("Rounded");
            r3.createCell(2).setCellValue("Ron");
            Row r4 = s.createRow(3);
            r4.createCell(0).setCellValue(NPI_NGUYEN);
            r4.createCell(1).setCellValue("Nguyen\r\nJr");
            r4.createCell(2).setCellValue("Minh");
            Row r5 = s.createRow(4);
            r5.createCell(0).setCellValue(NPI_OBRIEN);
            r5.createCell(1).setCellValue("O'Brien");
            r5.createCell(2).setCellValue("Sean");
            r5.createCell(4).setCellValue("NY");
            r5.createCell(5).setCellValue("L-2");
            r5.createCell(6).setCellValue("0001-01-01");
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        Path csv = RosterFixtures.csv(dir, "roster.csv", StandardCharsets.UTF_8, false,
                "NPI,Last Name,First Name,Lic State,Lic #,Lic Exp\n" + NPI_SMITH + ",Smith,Jo,TX,L-3,2027\n"
                        + "1.23469E+09,Lossy,Lou,,,\n");
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), new TestClock(Instant.parse("2026-11-23T10:00:00Z")))) {
            RosterImporter importer = ctx.rosterImporter();
            ImportReport xlsx;
            try (RosterFile f = importer.open(book, null, null)) {
                xlsx = importer.apply(f, Resolutions.KEEP_ALL, Progress.NONE);
            }
            assertThat(xlsx.rejected()).extracting(RowIssue::row, RowIssue::column).containsExactly(tuple(3, "NPI"));
            assertThat(xlsx.warnings()).extracting(RowIssue::row, RowIssue::column, RowIssue::value).containsExactly(
                    tuple(2, "DOB", "9999-12-31"), tuple(5, "Lic Exp", "0001-01-01"));
            ProviderFile muller = ctx.providers().findByNpi(NPI_MULLER).orElseThrow();
            assertThat(muller.provider().dateOfBirth()).isNull();
            assertThat(muller.licenses().get(0).expires()).as("a serial in a number cell").isEqualTo(LocalDate.of(2027, 3, 15));
            assertThat(ctx.providers().findByNpi(NPI_OBRIEN).orElseThrow().licenses().get(0).expires()).isNull();
            assertThat(ctx.providers().findByNpi("1234690000")).isEmpty();
            assertThat(ctx.providers().findByNpi(NPI_NGUYEN).orElseThrow().provider().lastName()).isEqualTo("Nguyen Jr");

            // Excel writes a control character in cell text as _xHHHH_: read as the character, then refused
            Path escaped = HostileFiles.xlsx(dir, "escaped.xlsx", HostileFiles.sheet(
                    HostileFiles.row(1, "NPI", "Last Name", "First Name")
                            + HostileFiles.row(2, "1000000004", "Sm_x0000_ith", "Jo")
                            + HostileFiles.row(3, "1003000126", "O_x005F_x0027_Brien", "Sean")), null, null);
            ImportReport nul;
            try (RosterFile f = importer.open(escaped, null, null)) {
                nul = importer.preview(f, Progress.NONE);
            }
            assertThat(nul.rejected()).extracting(RowIssue::row, RowIssue::column, RowIssue::value)
                    .containsExactly(tuple(2, "Last Name", "Sm[U+0000]ith"));
            assertThat(nul.outcomes()).filteredOn(o -> o.row() == 3).extracting(RowOutcome::name)
                    .as("an escaped underscore is an underscore").containsExactly("O_x0027_Brien, Sean");

            ImportReport text;
            try (RosterFile f = importer.open(csv, null, null)) {
                text = importer.apply(f, Resolutions.KEEP_ALL, Progress.NONE);
            }
            assertThat(text.warnings()).extracting(RowIssue::row, RowIssue::column, RowIssue::message)
                    .containsExactly(tuple(2, "Lic Exp", "'2027' is a year, not a date: write the whole date as MM/DD/YYYY"));
            assertThat(text.rejected()).extracting(RowIssue::row, RowIssue::column).containsExactly(tuple(3, "NPI"));
            assertThat(ctx.providers().findByNpi(NPI_SMITH).orElseThrow().licenses().get(0).expires()).isNull();
        }
    }
}
