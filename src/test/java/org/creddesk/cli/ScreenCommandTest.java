package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

/** End to end on files: fictitious providers and list rows only. */
class ScreenCommandTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final String HEADER = "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,"
            + "ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE";

    @TempDir
    Path dir;
    Path db;
    String out;
    String err;

    @BeforeEach
    void providers() {
        db = dir.resolve("creddesk.db");
        try (AppContext ctx = AppContext.open(db, CLOCK)) {
            ctx.providerRepository().saveAll(List.of(
                    provider("Dana", "Quayle", LocalDate.of(1971, 4, 9), SyntheticProviders.npi(11), "MA"),
                    provider("Robert", "Fenwhistle", LocalDate.of(1962, 12, 1), SyntheticProviders.npi(12), "TX")),
                    ctx.manualChange());
        }
    }

    static ProviderFile provider(String first, String last, LocalDate dob, String npi, String state) {
        String id = Ids.newId();
        Provider p = new Provider(id, first, null, last, null, "MD", dob, null, null, null, null, npi, null, null, null,
                null, null, null, null, null, ProviderStatus.ACTIVE);
        return ProviderFile.of(p).withLicenses(List.of(new License(Ids.newId(), id, state, "MD", "X1", null, null,
                "Active")));
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

    Path leie() throws IOException {
        Path file = dir.resolve("UPDATED.csv");
        Files.writeString(file, HEADER + "\r\n"
                + "QUAYLE,DANA,,,IND- LIC HC SERV PRO,NURSE/NURSES AIDE,,0000000000,19710409,1 FICTION WAY,NOWHERE,MA,"
                + "00001,1128b4   ,20190321,00000000,00000000,\r\n"
                + "FENWHISTLE,BOB,,,IND- LIC HC SERV PRO,PHYSICIAN,,0000000000,,2 FICTION WAY,NOWHERE,TX,00002,"
                + "1128a1,20200115,00000000,00000000,\r\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void screenPrintsTheHitsAsTheJsonContractSays() throws IOException {
        assertThat(run("screen", "--leie", leie().toString(), "--sam",
                fixture("sam_exclusions_v1_sample_csv_response.csv").toString(), "--downloaded", "2026-11-20",
                "--json")).isZero();
        JsonNode hits = Json.mapper().readTree(out);
        assertThat(hits).hasSize(2);
        JsonNode dana = hits.get(0);
        assertThat(dana.get("npi").asText()).isEqualTo(SyntheticProviders.npi(11));
        assertThat(dana.get("list").asText()).isEqualTo("LEIE");
        assertThat(dana.get("strength").asText()).isEqualTo("probable");
        assertThat(dana.get("reasons").isArray()).isTrue();
        assertThat(dana.get("reasons").toString()).contains("date of birth 1971-04-09 matches");
        assertThat(dana.get("name").asText()).isEqualTo("QUAYLE, DANA");
        assertThat(dana.get("dob").asText()).isEqualTo("1971-04-09");
        assertThat(dana.get("exclusionType").asText()).isEqualTo("1128b4");
        assertThat(dana.get("exclusionDate").asText()).isEqualTo("2019-03-21");
        JsonNode bob = hits.get(1);
        assertThat(bob.get("strength").asText()).isEqualTo("possible");
        assertThat(bob.get("dob").isNull()).isTrue();
        assertThat(bob.get("reasons").toString()).contains("nickname");
        assertThat(err).contains("Imported UPDATED.csv").contains("Screened 2 providers");
    }

    @Test
    void hitsAndDisposeReviewTheQueue() throws IOException {
        run("screen", "--leie", leie().toString(), "--json");
        String hitId = Json.mapper().readTree(out).get(0).get("id").asText();
        assertThat(run("screen", "dispose", hitId, "--as", "false-positive", "--note", "Different SSN per board",
                "--json")).isZero();
        JsonNode decision = Json.mapper().readTree(out);
        assertThat(decision.get("disposition").asText()).isEqualTo("false-positive");
        assertThat(decision.get("listFile").asText()).isEqualTo("UPDATED.csv");
        assertThat(decision.get("listSha256").asText()).hasSize(64);
        assertThat(run("screen", "hits", "--json")).isZero();
        assertThat(Json.mapper().readTree(out)).hasSize(1);
        assertThat(run("screen", "--json")).isZero();
        assertThat(Json.mapper().readTree(out).get(0).get("status").asText()).isEqualTo("false-positive");
        assertThat(run("screen", "dispose", "no-such-hit", "--as", "confirmed", "--note", "x")).isEqualTo(3);
        assertThat(run("screen", "dispose", hitId, "--as", "maybe", "--note", "x")).isEqualTo(1);
        assertThat(err).contains("is not a disposition");
    }

    @Test
    void unreadableOrUnknownFilesExitWithTwoAndOneClearLine() throws IOException {
        assertThat(run("screen", "--leie", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err.strip()).contains("missing.csv not found").doesNotContain("Exception");
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "Name,NPI\r\nA,1\r\n");
        assertThat(run("screen", "--leie", roster.toString())).isEqualTo(2);
        assertThat(err).contains("unknown header").contains("LASTNAME,FIRSTNAME");
        assertThat(run("screen")).isEqualTo(1);
        assertThat(err).contains("No exclusion list has been imported yet");
    }

    @Test
    void reportWritesTheMonthsCsvFiles() throws IOException {
        run("screen", "--leie", leie().toString());
        Path reportDir = dir.resolve("report");
        assertThat(run("screen", "report", "--month", "2026-11", "--out", reportDir.toString())).isZero();
        List<String> providers = Files.readAllLines(reportDir.resolve("monitoring-2026-11-providers.csv"));
        assertThat(providers).hasSize(3);
        assertThat(providers.get(1)).contains("\"Fenwhistle, Robert\"", "\"2026-11-23\"", "\"yes\"", "\"2026-12-31\"");
        String lists = Files.readString(reportDir.resolve("monitoring-2026-11-lists.csv"));
        assertThat(lists).contains("\"screening run\"", "\"list version\"", "\"UPDATED.csv\"");
        assertThat(Files.readAllLines(reportDir.resolve("monitoring-2026-11-hits.csv"))).hasSize(3);
    }

    /** {@code folder}/UPDATED.csv: twelve fictitious filler rows and {@code rows}. */
    Path fullList(String folder, String... rows) throws IOException {
        Path d = Files.createDirectories(dir.resolve(folder));
        StringBuilder text = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < 12; i++) {
            text.append("NOBODY").append((char) ('A' + i)).append(",PAT,,,IND- LIC HC SERV PRO,NURSE/NURSES AIDE,,"
                    + "0000000000,19500101,9 FICTION WAY,NOWHERE,CA,00009,1128b4,20150101,00000000,00000000,\r\n");
        }
        for (String r : rows) {
            text.append(r).append("\r\n");
        }
        Path file = d.resolve("UPDATED.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static final String DANA_ROW = "QUAYLE,DANA,,,IND- LIC HC SERV PRO,NURSE/NURSES AIDE,,0000000000,19710409,"
            + "1 FICTION WAY,NOWHERE,MA,00001,1128b4   ,20190321,00000000,00000000,";

    @Test
    void anOpenHitKeepsHoldingThroughTheCliWhenALaterListLacksItsRowUntilAPersonDisposesOfIt() throws IOException {
        String danaNpi = SyntheticProviders.npi(11);
        assertThat(run("screen", "--leie", fullList("nov", DANA_ROW).toString(), "--downloaded", "2026-11-02",
                "--json")).isZero();
        String hitId = Json.mapper().readTree(out).get(0).get("id").asText();

        assertThat(run("screen", "--leie", fullList("dec").toString(), "--downloaded", "2026-11-22", "--json"))
                .as(err).isZero();
        JsonNode carried = Json.mapper().readTree(out);
        assertThat(carried).singleElement().satisfies(h -> {
            assertThat(h.get("id").asText()).isEqualTo(hitId);
            assertThat(h.get("status").asText()).isEqualTo("open");
            assertThat(h.get("absentSince").asText()).isEqualTo("2026-11-23");
            assertThat(h.get("absence").asText()).contains("no longer on the list in force (UPDATED.csv downloaded "
                    + "2026-11-22)");
        });
        assertThat(err).contains("1 waiting for review").contains("1 hit no longer found on the lists in force");
        assertThat(run("screen", "hits")).isZero();
        assertThat(out).contains(hitId).contains("not found since 2026-11-23: no longer on the list in force");
        assertThat(run("providers", "show", danaNpi, "--json")).isZero();
        assertThat(Json.mapper().readTree(out).get("lastScreeningResult").asText()).isEqualTo("hits-pending");
        assertThat(run("blocks", danaNpi, "--json")).isZero();
        assertThat(Json.mapper().readTree(out).findValuesAsText("category")).contains("exclusion_hit");
        assertThat(run("decision", danaNpi, "--approve")).isEqualTo(4);
        assertThat(err).contains("Sanctions and exclusions verification does not count: 1 screening hit waits for "
                + "review");

        assertThat(run("screen", "dispose", hitId, "--as", "reinstated", "--note",
                "OIG letter: reinstated 2026-11-10")).as(err).isZero();
        assertThat(run("screen", "hits", "--json")).isZero();
        assertThat(Json.mapper().readTree(out)).isEmpty();
        assertThat(run("blocks", danaNpi, "--json")).isZero();
        assertThat(Json.mapper().readTree(out).findValuesAsText("category")).doesNotContain("exclusion_hit");
        run("decision", danaNpi, "--approve");
        assertThat(err).doesNotContain("Sanctions and exclusions");
        assertThat(run("providers", "show", danaNpi, "--json")).isZero();
        assertThat(Json.mapper().readTree(out).get("lastScreeningResult").asText()).isEqualTo("cleared");
    }

    @Test
    void aTruncatedFullListIsRefusedWithExitFourUntilConfirmedWithAReason() throws IOException {
        assertThat(run("screen", "--leie", fullList("nov", DANA_ROW).toString(), "--downloaded", "2026-11-02"))
                .isZero();
        byte[] whole = Files.readAllBytes(fullList("full", DANA_ROW));
        Path cut = Files.write(Files.createDirectories(dir.resolve("cut")).resolve("UPDATED.csv"),
                java.util.Arrays.copyOf(whole, whole.length * 6 / 10));

        assertThat(run("screen", "--leie", cut.toString(), "--json")).isEqualTo(4);
        assertThat(err).contains("UPDATED.csv was not imported, nothing changed: the file looks cut short")
                .contains("fewer than the last full list (UPDATED.csv downloaded 2026-11-02, 13 rows)")
                .contains("--confirm-reason").doesNotContain("Exception");
        assertThat(out).isEmpty();
        assertThat(run("screen", "hits", "--json")).isZero();
        assertThat(Json.mapper().readTree(out)).singleElement()
                .satisfies(h -> assertThat(h.get("absentSince").isNull()).isTrue());

        assertThat(run("screen", "--leie", cut.toString(), "--confirm-reason", "OIG removed rows this month",
                "--json")).as(err).isZero();
        assertThat(err).contains("Imported as confirmed (OIG removed rows this month) although the file looks cut "
                + "short");
        assertThat(Json.mapper().readTree(out)).anySatisfy(h -> assertThat(h.get("absentSince").asText())
                .isEqualTo("2026-11-23"));
    }

    @Test
    void reinstatedIsRefusedWhileTheListRowIsInForce() throws IOException {
        run("screen", "--leie", fullList("nov", DANA_ROW).toString(), "--json");
        String hitId = Json.mapper().readTree(out).get(0).get("id").asText();
        assertThat(run("screen", "dispose", hitId, "--as", "reinstated", "--note", "heard so")).isEqualTo(4);
        assertThat(err).contains("is still in force").doesNotContain("Exception");
    }

    static Path fixture(String name) {
        try {
            return Path.of(ScreenCommandTest.class.getResource("/monitoring/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
