package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files as they arrive: encodings, delimiters, quoting, and every way a file can be unreadable. */
class RosterFilesTest {
    @TempDir
    Path dir;

    static List<SheetRow> rows(Path file) {
        SpreadsheetReader reader = SpreadsheetFiles.open(file);
        List<SheetRow> rows = new ArrayList<>();
        reader.read(reader.sheetNames().get(0), rows::add);
        return rows;
    }

    @Test
    void utf8WithBomAndSemicolonsAndQuotedFields() throws Exception {
        Path file = RosterFixtures.csv(dir, "roster.csv", StandardCharsets.UTF_8, true,
                "NPI #;Last Name;First Name;Practice Address\r\n"
                        + "1234567893;Müller;Anna;\"1 Main St; Suite 2\"\r\n"
                        + "1679576722;\"Nguyễn\";\"Thị \"\"Minh\"\"\";\"line one\nline two\"\r\n");
        List<SheetRow> rows = rows(file);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).cells()).containsExactly("NPI #", "Last Name", "First Name", "Practice Address");
        assertThat(rows.get(1).cells()).containsExactly("1234567893", "Müller", "Anna", "1 Main St; Suite 2");
        assertThat(rows.get(2).cells()).containsExactly("1679576722", "Nguyễn", "Thị \"Minh\"", "line one\nline two");
    }

    @Test
    void windows1252WithTabsIsDetected() throws Exception {
        Path file = RosterFixtures.csv(dir, "roster.txt.csv", Charset.forName("windows-1252"), false,
                "Individual NPI\tLast Name\tFirst Name\n1234567893\tMüller\tRené\n");
        List<SheetRow> rows = rows(file);
        assertThat(rows.get(1).cells()).containsExactly("1234567893", "Müller", "René");
    }

    @Test
    void pipeDelimitedWithoutBom() throws Exception {
        Path file = RosterFixtures.csv(dir, "roster.csv", StandardCharsets.UTF_8, false,
                "NPI|Last Name|First Name\n1234567893|O'Brien|Seán\n");
        assertThat(rows(file).get(1).cells()).containsExactly("1234567893", "O'Brien", "Seán");
    }

    @Test
    void truncatedZipIsOneClearMessage() throws Exception {
        Path good = RosterFixtures.messyXlsx(dir);
        Path bad = RosterFixtures.truncated(dir, good);
        assertThatThrownBy(() -> SpreadsheetFiles.open(bad)).isInstanceOf(RosterFileException.class)
                .hasMessageStartingWith("truncated.xlsx is damaged or not a spreadsheet");
    }

    @Test
    void pdfRenamedXlsxIsRecognised() throws Exception {
        Path pdf = RosterFixtures.pdfNamedXlsx(dir);
        assertThatThrownBy(() -> SpreadsheetFiles.open(pdf)).isInstanceOf(RosterFileException.class)
                .hasMessage("roster.xlsx is a PDF, not a spreadsheet: save the roster as .xlsx, .xls or .csv");
    }

    @Test
    void passwordProtectedWorkbookIsRefused() throws Exception {
        Path enc = RosterFixtures.encrypted(dir, RosterFixtures.messyXlsx(dir));
        assertThatThrownBy(() -> SpreadsheetFiles.open(enc)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("password-protected");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path bomb = RosterFixtures.zipBomb(dir);
        assertThat(Files.size(bomb)).isLessThan(200_000);
        assertThatThrownBy(() -> rows(bomb)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void xmlEntitiesAreRefused() throws Exception {
        Path xxe = RosterFixtures.xxe(dir);
        assertThatThrownBy(() -> rows(xxe)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("XML entity");
    }

    @Test
    void binaryJunkIsNotACsv() throws Exception {
        Path junk = dir.resolve("roster.csv");
        Files.write(junk, new byte[] {1, 0, 2, 0, 3});
        assertThatThrownBy(() -> SpreadsheetFiles.open(junk)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("not a spreadsheet");
    }
}
