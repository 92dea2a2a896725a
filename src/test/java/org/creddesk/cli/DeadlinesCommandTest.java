package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.License;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.workflow.LoadedSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadlinesCommandTest {
    static final LocalDate LOADED = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(LOADED.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    static Path sample;

    @BeforeAll
    static void loadSample() throws Exception {
        sample = LoadedSample.copyInto(Files.createDirectories(dir.resolve("sample")));
    }

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(out);
        }
    }

    static Run run(Path db, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        int exit = new CredDeskCli(new PrintWriter(out), new PrintWriter(err), CLOCK)
                .execute(all.toArray(String[]::new), (f, c) -> { });
        return new Run(exit, out.toString(), err.toString());
    }

    static List<JsonNode> forNpi(JsonNode array, String npi) {
        List<JsonNode> result = new ArrayList<>();
        array.forEach(n -> {
            if (npi.equals(n.get("npi").asText())) {
                result.add(n);
            }
        });
        return result;
    }

    @Test
    void sampleDeadlinesAreDueThenOverdueAsTheAsOfDateMoves() throws Exception {
        Run now = run(sample, "--as-of", LOADED.toString(), "deadlines", "--within", "30", "--json");
        assertThat(now.exit()).isZero();
        JsonNode ashdown = forNpi(now.json(), "1870000001").stream()
                .filter(n -> n.get("kind").asText().equals("license")).findFirst().orElseThrow();
        assertThat(ashdown.get("subject").asText()).isEqualTo("MA license 0030000");
        assertThat(ashdown.get("due").asText()).isEqualTo(LOADED.plusDays(20).toString());
        assertThat(ashdown.get("status").asText()).isEqualTo("due");
        assertThat(ashdown.get("stage").asText()).isEqualTo("30d");
        now.json().forEach(n -> assertThat(LocalDate.parse(n.get("due").asText())).isBeforeOrEqualTo(LOADED.plusDays(30)));

        Run later = run(sample, "--as-of", LOADED.plusDays(25).toString(), "deadlines", "--kind", "license", "--json");
        JsonNode lapsed = forNpi(later.json(), "1870000001").stream()
                .filter(n -> n.get("subject").asText().equals("MA license 0030000")).findFirst().orElseThrow();
        assertThat(lapsed.get("status").asText()).isEqualTo("overdue");
        assertThat(lapsed.get("stage").asText()).isEqualTo("expired");
        later.json().forEach(n -> assertThat(n.get("kind").asText()).isEqualTo("license"));
    }

    @Test
    void kindsAndWindowsFilterAndCaqhIsCovered() throws Exception {
        JsonNode all = run(sample, "--as-of", LOADED.toString(), "deadlines", "--within", "3650", "--json").json();
        List<String> kinds = new ArrayList<>();
        all.forEach(n -> kinds.add(n.get("kind").asText()));
        assertThat(kinds).contains("license", "dea", "cds", "board", "malpractice", "caqh", "reappointment");
        JsonNode caqh = run(sample, "--as-of", LOADED.toString(), "deadlines", "--within", "3650", "--kind", "caqh",
                "--json").json();
        JsonNode ashdown = forNpi(caqh, "1870000001").get(0);
        // Attested 99 days before loading, practising in MA: 120 days.
        assertThat(ashdown.get("due").asText()).isEqualTo(LOADED.minusDays(99).plusDays(120).toString());
    }

    @Test
    void anUnknownKindIsAUsageError() {
        Run r = run(sample, "deadlines", "--kind", "parking", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("'parking' is not a deadline kind");
    }

    @Test
    void handBuiltIllinoisProviderAndTheCalendarFile() throws Exception {
        Path db = dir.resolve("hand.db");
        try (AppContext app = AppContext.open(db, CLOCK)) {
            String id = app.providers().newId();
            Provider p = new Provider(id, "Iris", null, "Lake", null, "MD", null, null, null, null, null, "1679576722",
                    "777", LocalDate.of(2026, 8, 1), null, null, null, null, "mkim", null, ProviderStatus.ACTIVE);
            ProviderFile f = ProviderFile.of(p)
                    .withLocations(List.of(new PracticeLocation(app.providers().newId(), id, "Loop", "1 State St",
                            "Chicago", "IL", "60601", null, null, null, true, true)))
                    .withLicenses(List.of(new License(app.providers().newId(), id, "IL", "MD", "036.123456", null,
                            LocalDate.of(2027, 2, 28), "Active")));
            app.providerRepository().save(f, ChangeContext.manual("t", "t"));
        }
        JsonNode rows = run(db, "--as-of", "2027-01-10", "deadlines", "--kind", "caqh,license", "--json").json();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("kind").asText()).isEqualTo("caqh");
        assertThat(rows.get(0).get("due").asText()).isEqualTo("2027-01-28");
        assertThat(rows.get(0).get("status").asText()).isEqualTo("due");
        assertThat(rows.get(1).get("subject").asText()).isEqualTo("IL license 036.123456");
        assertThat(run(db, "--as-of", "2027-01-29", "deadlines", "--kind", "caqh", "--json").json().get(0)
                .get("status").asText()).isEqualTo("overdue");

        Path ics = dir.resolve("out/deadlines.ics");
        Run r = run(db, "--as-of", "2026-09-01", "deadlines", "--kind", "caqh,license", "--ics", ics.toString());
        assertThat(r.exit()).isZero();
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).contains("DTSTART;VALUE=DATE:20270128\r\n", "DTSTART;VALUE=DATE:20270228\r\n");
        assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(3);
        String again = run(db, "--as-of", "2026-09-02", "deadlines", "--kind", "caqh,license", "--ics",
                ics.toString()).err();
        assertThat(again).contains("2 deadlines written");
        assertThat(Files.readString(ics)).contains(text.substring(text.indexOf("UID:"), text.indexOf("@creddesk")));
    }

    @Test
    void theSpreadsheetHasOneRowPerDeadlineWithNpiProviderKindSubjectDueAndStatus() throws Exception {
        Path db = dir.resolve("sheet.db");
        try (AppContext app = AppContext.open(db, CLOCK)) {
            String id = app.providers().newId();
            Provider p = new Provider(id, "Iris", null, "Lake", null, "MD", null, null, null, null, null, "1679576722",
                    "777", LocalDate.of(2026, 8, 1), null, null, null, null, "mkim", null, ProviderStatus.ACTIVE);
            app.providerRepository().save(ProviderFile.of(p)
                    .withLocations(List.of(new PracticeLocation(app.providers().newId(), id, "Loop", "1 State St",
                            "Chicago", "IL", "60601", null, null, null, true, true)))
                    .withLicenses(List.of(new License(app.providers().newId(), id, "IL", "MD", "036.003456", null,
                            LocalDate.of(2027, 2, 28), "Active"))), ChangeContext.manual("t", "t"));
        }
        Path xlsx = dir.resolve("out/deadlines.xlsx");
        Run r = run(db, "--as-of", "2027-02-01", "deadlines", "--xlsx", xlsx.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("3 deadlines written to");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("Deadlines");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).startsWith("NPI", "Provider", "Kind", "Subject", "Due", "Status");
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < 6; c++) {
                    row.add(sheet.getRow(i).getCell(c).getStringCellValue());
                }
                rows.add(row);
            }
            assertThat(rows).containsExactly(
                    List.of("1679576722", "Lake, Iris", "screening", "Exclusion and sanction screening", "2026-11-23",
                            "overdue"),
                    List.of("1679576722", "Lake, Iris", "caqh", "CAQH re-attestation 777", "2027-01-28", "overdue"),
                    List.of("1679576722", "Lake, Iris", "license", "IL license 036.003456", "2027-02-28", "due"));
        }
    }
}
