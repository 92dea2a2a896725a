package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.creddesk.roster.RosterFixtures.NPI_MULLER;
import static org.creddesk.roster.RosterFixtures.NPI_NGUYEN;
import static org.creddesk.roster.RosterFixtures.NPI_OBRIEN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV quoting as people and programs get it wrong: a quote never closed, text after a closing quote, a quote in
 * the middle of a cell, a line without end. Each is reported with its line and column, never absorbed.
 */
class CsvQuotingTest {
    static final String HEADER = "NPI,Last Name,First Name,Practice Address,Notes\n";

    @TempDir
    Path dir;
    AppContext ctx;
    RosterImporter importer;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir.resolve("c.db"), new TestClock(Instant.parse("2026-11-23T10:00:00Z")));
        importer = ctx.rosterImporter();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    Path csv(String content) throws Exception {
        return RosterFixtures.csv(dir, "roster.csv", StandardCharsets.UTF_8, false, content);
    }

    static List<SheetRow> rows(Path file) {
        SpreadsheetReader reader = SpreadsheetFiles.open(file);
        List<SheetRow> rows = new ArrayList<>();
        reader.read(reader.sheetNames().get(0), rows::add);
        return rows;
    }

    ImportReport apply(Path file) {
        try (RosterFile f = importer.open(file, null, null)) {
            return importer.apply(f, Resolutions.KEEP_ALL, Progress.NONE);
        }
    }

    @Test
    void anUnclosedQuoteRefusesTheFileWithItsLineAndColumnAndImportsNothing() throws Exception {
        Path file = csv(HEADER + NPI_MULLER + ",Müller,Anna,1 Main St,\n"
                + NPI_NGUYEN + ",\"Nguyễn,Minh,2 Elm St,\n"
                + NPI_OBRIEN + ",O'Brien,Sean,3 Oak St,\n"
                + "1000000004,Smith,Jo,4 Pine St,\n");
        assertThatThrownBy(() -> rows(file)).isInstanceOf(RosterFileException.class)
                .hasMessage("roster.csv, line 3, column 2: a quote opens a cell that is never closed, so every line "
                        + "after it would be read into that one cell; close or remove the quote and import again");
        assertThatThrownBy(() -> apply(file)).isInstanceOf(RosterFileException.class);
        assertThat(ctx.providers().count(null, false)).as("nothing half-done").isZero();
    }

    @Test
    void textAfterAClosingQuoteRefusesTheFileWithItsLineAndColumn() throws Exception {
        Path file = csv(HEADER + NPI_MULLER + ",Müller,Anna,,\n" + NPI_NGUYEN + ",\"Nguyễn\" Jr,Minh,,\n");
        assertThatThrownBy(() -> rows(file)).isInstanceOf(RosterFileException.class)
                .hasMessageStartingWith("roster.csv, line 3, column 2: text follows the closing quote of a quoted cell");
    }

    @Test
    void aQuoteInsideAnUnquotedCellRejectsThatRowNamingRowAndColumnUnlessTheColumnIsNotImported() throws Exception {
        Path file = csv(HEADER + NPI_MULLER + ",Müller,Anna,,\n"
                + NPI_NGUYEN + ",Ngu\"yen,Minh,,\n"
                + NPI_OBRIEN + ",O'Brien,Sean,,6'2\" tall\n");
        ImportReport report = apply(file);
        assertThat(report.rejected()).extracting(RowIssue::row, RowIssue::column, RowIssue::value)
                .containsExactly(tuple(3, "Last Name", "Ngu\"yen"));
        assertThat(report.rejected().get(0).message()).startsWith("a quote inside a cell that does not start with "
                + "one (line 3)");
        assertThat(report.npis(RowStatus.NEW)).containsExactly(NPI_MULLER, NPI_OBRIEN);
    }

    @Test
    void quotedCellsKeepDelimitersQuotesAndLineBreaksAndSpacesAroundQuotesAreNotPartOfThem() throws Exception {
        Path file = csv(HEADER + NPI_MULLER + ", \"Müller\" , \"Anna \"\"Ann\"\"\",\"1 Main St\nSuite 2, Floor 3\",\n"
                + "\n" + NPI_NGUYEN + ",Nguyễn,Minh,,\n");
        List<SheetRow> rows = rows(file);
        assertThat(rows).extracting(SheetRow::number).as("a blank line is a row, as Excel numbers it")
                .containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).cells()).containsExactly(NPI_MULLER, "Müller", "Anna \"Ann\"", "1 Main St\nSuite 2, Floor 3", "");
        assertThat(rows.get(1).flaws()).isEmpty();
        ImportReport report = apply(file);
        assertThat(report.rejected()).isEmpty();
        assertThat(ctx.providers().findByNpi(NPI_MULLER).orElseThrow().locations().get(0).address())
                .as("the line break becomes a space").isEqualTo("1 Main St Suite 2, Floor 3");
    }

    @Test
    void aFileWithoutLineBreaksOrWithGiantCellsIsRefusedNotLoaded() throws Exception {
        Path endless = csv("NPI,Last Name,First Name," + "x".repeat(3_000_000));
        assertThatThrownBy(() -> rows(endless)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("roster.csv, line 1, column 4: a cell runs past 1,000,000 characters");
        Path wide = csv("NPI" + ",x".repeat(20_000) + "\n");
        assertThatThrownBy(() -> rows(wide)).isInstanceOf(RosterFileException.class)
                .hasMessage("roster.csv, line 1 has more than 16,384 columns, more than a spreadsheet holds");
        Path longCell = csv(HEADER + NPI_MULLER + ",\"" + "M".repeat(40_000) + "\",Anna,,\n" + NPI_NGUYEN
                + ",Nguyễn,Minh,,\n");
        ImportReport report = apply(longCell);
        assertThat(report.rejected()).extracting(RowIssue::row, RowIssue::column, RowIssue::message)
                .containsExactly(tuple(2, "Last Name", "the cell holds 40,000 characters, more than a spreadsheet "
                        + "cell can (32,767)"));
        assertThat(report.npis(RowStatus.NEW)).containsExactly(NPI_NGUYEN);
    }

    @Test
    void theApostropheAnExportPutBeforeAFormulaSignComesOffAndNoOtherDoes() throws Exception {
        Path file = csv("NPI,Last Name,First Name\n" + NPI_MULLER + ",'=HYPERLINK(1),'-1+1\n"
                + NPI_NGUYEN + ",'t Hooft,'-5\n" + NPI_OBRIEN + ",''@SUM(1),Sean\n");
        List<SheetRow> rows = rows(file);
        assertThat(rows.get(1).cells()).containsExactly(NPI_MULLER, "=HYPERLINK(1)", "-1+1");
        assertThat(rows.get(2).cells()).containsExactly(NPI_NGUYEN, "'t Hooft", "'-5");
        assertThat(rows.get(3).cells()).containsExactly(NPI_OBRIEN, "'@SUM(1)", "Sean");
    }
}
