package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creddesk.adequacy.AdequacyStoreFixture;
import org.creddesk.app.AppContext;
import org.creddesk.roster.SheetRow;
import org.creddesk.roster.SpreadsheetFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code creddesk adequacy} end to end on a real SQLite store (see {@link AdequacyStoreFixture}). */
class AdequacyCliTest {
    @TempDir
    Path dir;
    Path db;
    Path members;
    Path standards;

    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("creddesk.db");
        try (AppContext app = AppContext.open(db, CliRun.CLOCK)) {
            AdequacyStoreFixture.seed(app);
        }
        members = AdequacyStoreFixture.write(dir, "members.csv", AdequacyStoreFixture.MEMBERS);
        standards = AdequacyStoreFixture.write(dir, "standards.csv", AdequacyStoreFixture.STANDARDS);
    }

    @Test
    void jsonPerSpecialtyGroupCountsActiveProvidersAtTheirPracticeLocations() {
        CliRun run = CliRun.of("--db", db.toString(), "adequacy", "--members", members.toString(), "--standards",
                standards.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode group = run.json().get(0);
        assertThat(group.get("specialtyGroup").asText()).isEqualTo("Primary Care");
        assertThat(group.get("members").asLong()).isEqualTo(2000);
        assertThat(group.get("coveredMembers").asLong()).as("the Loop covers 60601 and 60614, Naper 60540; Champ is "
                + "retired").isEqualTo(1000);
        assertThat(group.get("coveredShare").asDouble()).isEqualTo(0.5);
        assertThat(group.get("providersPer1000").asDouble()).isEqualTo(1.0);
        assertThat(group.get("pass").asBoolean()).isFalse();
        assertThat(texts(group.get("failingZips"))).containsExactly("61820");
        JsonNode cook = group.get("counties").get(1);
        assertThat(cook.get("county").asText()).isEqualTo("Cook");
        assertThat(cook.get("coveredShare").asDouble()).isEqualTo(1.0);
        assertThat(cook.get("pass").asBoolean()).isTrue();
        assertThat(run.err()).contains("not drive time");
    }

    @Test
    void withAPayerOnlyItsApprovedProvidersCount() {
        CliRun run = CliRun.of("--db", db.toString(), "adequacy", "--members", members.toString(), "--standards",
                standards.toString(), "--payer", "acme health", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode group = run.json().get(0);
        assertThat(group.get("coveredMembers").asLong()).isEqualTo(800);
        assertThat(group.get("providersPer1000").asDouble()).isEqualTo(0.5);
        assertThat(texts(group.get("failingZips"))).containsExactly("60540", "61820");

        CliRun unknown = CliRun.of("--db", db.toString(), "adequacy", "--members", members.toString(), "--payer",
                "Nobody");
        assertThat(unknown.exitCode()).isEqualTo(CliException.NOT_FOUND);
        assertThat(unknown.err()).contains("No payer 'Nobody'; payers: Acme Health");
    }

    @Test
    void aBadMembersFileSaysRowColumnAndValueAndTheDefaultTableNeedsNoFile() throws Exception {
        Path bad = AdequacyStoreFixture.write(dir, "bad.csv", "zip,members\n60601,500\n60614,many\n");
        CliRun run = CliRun.of("--db", db.toString(), "adequacy", "--members", bad.toString());
        assertThat(run.exitCode()).isEqualTo(CliException.UNREADABLE);
        assertThat(run.err()).contains("bad.csv, row 3, column 'members': 'many' is not a whole number of members");

        CliRun table = CliRun.of("--db", db.toString(), "adequacy", "--members", members.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Primary Care").contains("Cardiothoracic Surgery").contains("FAIL");
    }

    @Test
    void exportsAWorkbookAndAPdf() throws Exception {
        Path xlsx = dir.resolve("adequacy.xlsx");
        Path pdf = dir.resolve("adequacy.pdf");
        CliRun run = CliRun.of("--db", db.toString(), "adequacy", "--members", members.toString(), "--standards",
                standards.toString(), "--xlsx", xlsx.toString(), "--pdf", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<SheetRow> rows = new ArrayList<>();
        SpreadsheetFiles.open(xlsx).read("Groups", rows::add);
        assertThat(rows.get(0).cells()).startsWith("Specialty group", "Members", "Covered");
        assertThat(rows.get(1).cells()).startsWith("Primary Care", "2000", "1000", "50.0%");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Network adequacy").contains("Primary Care").contains("Cook, Illinois")
                    .contains("not drive distance or drive time");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
