package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.creddesk.roster.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees on the terminal: no library WARN noise, but every real problem as its sentence. */
class QuietLibrariesTest {
    @TempDir
    Path dir;

    @Test
    void poiWarningsAboutOptionalPartsStayOffTheTerminalWhileRealProblemsShow() throws Exception {
        // a valid workbook without the optional shared-strings and styles parts: POI warns about both
        Path book = HostileFiles.xlsx(dir, "minimal.xlsx", HostileFiles.sheet(
                HostileFiles.row(1, "NPI", "Last Name", "First Name")
                        + HostileFiles.row(2, "1234567893", "Müller", "Anna")), null, null);
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "NPI,Last Name,First Name\n1679576722,\"Nguyen,Minh\n1003000126,O'Brien,Sean\n",
                StandardCharsets.UTF_8);
        String db = dir.resolve("c.db").toString();

        ProgramProcess ok = ProgramProcess.run(dir, "256m", "--db", db, "roster", "import", book.toString(), "--dry-run");
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("1 row: 1 new").doesNotContain("WARN").doesNotContain("sharedStrings")
                .doesNotContain("org.apache.poi");

        ProgramProcess bad = ProgramProcess.run(dir, "256m", "--db", db, "roster", "import", broken.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.output()).contains("broken.csv, line 2, column 2: a quote opens a cell that is never closed");
    }
}
