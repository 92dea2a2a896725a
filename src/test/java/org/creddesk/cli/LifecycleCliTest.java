package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.workflow.LoadedSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code providers stage}, {@code pipeline} and {@code contracts} end to end on a copy of the sample (issue 14). */
class LifecycleCliTest {
    static final String NPI = "1870000001";
    static final String OTHER_NPI = "1870079195";
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void sample() {
        db = LoadedSample.copyInto(dir).toString();
    }

    static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    static JsonNode stage(JsonNode pipeline, String name) {
        for (JsonNode s : pipeline) {
            if (s.get("stage").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + name + " in " + pipeline);
    }

    @Test
    void aStageIsShownAndMovedByHandWithAReason() {
        JsonNode shown = run("providers", "stage", OTHER_NPI, "--json").json();
        assertThat(shown.get("stage").asText()).isEqualTo("Recruiting");
        assertThat(shown.get("since").asText()).isEqualTo(LoadedSample.LOADED.toString());

        CliRun noReason = run("providers", "stage", OTHER_NPI, "--set", "credentialing");
        assertThat(noReason.exitCode()).isEqualTo(CliException.USAGE);
        assertThat(noReason.err()).contains("--reason is required");
        CliRun unknown = run("providers", "stage", OTHER_NPI, "--set", "Signed", "--reason", "x");
        assertThat(unknown.exitCode()).isEqualTo(CliException.USAGE);
        assertThat(unknown.err()).contains("'Signed' is not a lifecycle stage; stages: [Recruiting, Credentialing,");
        assertThat(run("providers", "stage", "1234567893", "--json").exitCode()).isEqualTo(CliException.NOT_FOUND);

        CliRun moved = run("providers", "stage", OTHER_NPI, "--set", "CREDENTIALING", "--reason", "Application in",
                "--json");
        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(moved.json().get("stage").asText()).isEqualTo("Credentialing");
        assertThat(moved.json().get("since").asText()).isEqualTo(CliRun.CLOCK.instant().toString().substring(0, 10));
        assertThat(moved.json().get("cause").asText()).isEqualTo("manual");
        assertThat(run("providers", "history", OTHER_NPI).out()).contains("Application in");
        assertThat(run("providers", "stage", OTHER_NPI, "--set", "credentialing", "--reason", "again").err())
                .contains("already in Credentialing");

        JsonNode pipeline = run("pipeline", "--json").json();
        assertThat(pipeline).hasSize(6);
        JsonNode credentialing = stage(pipeline, "Credentialing");
        assertThat(credentialing.get("count").asInt()).isEqualTo(1);
        JsonNode card = credentialing.get("providers").get(0);
        assertThat(card.get("npi").asText()).isEqualTo(OTHER_NPI);
        assertThat(card.get("daysInStage").asInt()).isZero();
        assertThat(card.get("overdue").asBoolean()).isFalse();
        assertThat(card.has("blocks")).isTrue();
        int recruiting = stage(pipeline, "Recruiting").get("count").asInt();
        assertThat(recruiting).isGreaterThan(1);

        String coordinator = card.get("coordinator").isNull() ? null : card.get("coordinator").asText();
        if (coordinator != null) {
            JsonNode mine = run("pipeline", "--coordinator", coordinator, "--json").json();
            assertThat(stage(mine, "Credentialing").get("count").asInt()).isEqualTo(1);
        }
        JsonNode nowhere = run("pipeline", "--state", "ZZ", "--json").json();
        assertThat(nowhere).allSatisfy(s -> assertThat(s.get("count").asInt()).isZero());
        JsonNode capped = run("pipeline", "--limit", "1", "--json").json();
        assertThat(stage(capped, "Recruiting").get("count").asInt()).as("counts stay exact").isEqualTo(recruiting);
        assertThat(stage(capped, "Recruiting").get("providers")).hasSize(1);
        assertThat(run("pipeline", "--payer", "No Such Payer").exitCode()).isEqualTo(CliException.NOT_FOUND);
    }

    @Test
    void aContractIsAddedListedCountedAsADeadlineInTheCalendarAndEnded() throws Exception {
        CliRun added = run("contracts", "add", NPI, "--payer", "medicare", "--kind", "participating",
                "--effective", "2026-01-01", "--end", "2027-01-31", "--notice-days", "60", "--auto-renew",
                "--fee-schedule", "MPFS 2026", "--json");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.json().get("noticeDate").asText()).isEqualTo("2026-12-02");
        assertThat(added.json().get("payer").asText()).isEqualTo("Medicare");
        String id = added.json().get("id").asText();
        assertThat(run("contracts", "list", NPI, "--json").json()).singleElement()
                .satisfies(c -> assertThat(c.get("feeSchedule").asText()).isEqualTo("MPFS 2026"));
        CliRun bad = run("contracts", "add", NPI, "--payer", "medicare", "--kind", "handshake");
        assertThat(bad.exitCode()).isEqualTo(CliException.USAGE);
        assertThat(bad.err()).contains("'handshake' is not a contract kind");

        JsonNode due = run("deadlines", "--kind", "contract-renewal", "--within", "30", "--json").json();
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.get("npi").asText()).isEqualTo(NPI);
            assertThat(d.get("due").asText()).isEqualTo("2026-12-02");
        });
        Path ics = dir.resolve("deadlines.ics");
        assertThat(run("deadlines", "--kind", "contract-renewal", "--ics", ics.toString()).exitCode()).isZero();
        assertThat(Files.readString(ics)).contains("CATEGORIES:contract-renewal").contains("Medicare contract ends");
        assertThat(run("deadlines", "--help").out()).contains("contract-renewal");

        Path template = dir.resolve("contract-roster.json");
        Files.writeString(template, "{\"name\": \"contracts\", \"kind\": \"full\", \"dateFormat\": \"MM/dd/yyyy\", "
                + "\"columns\": [{\"header\": \"NPI\", \"field\": \"npi\"}, {\"header\": \"Contract Start\", "
                + "\"field\": \"contractEffective\"}, {\"header\": \"Contract End\", \"field\": \"contractEnd\"}, "
                + "{\"header\": \"Notice By\", \"field\": \"contractNoticeDate\"}]}");
        assertThat(run("enrollments", "add", NPI, "--payer", "Medicare", "--state", "MA").exitCode()).isZero();
        Path roster = dir.resolve("contracts.csv");
        CliRun exported = run("roster", "export", roster.toString(), "--template", template.toString(),
                "--enrolled-with", "Medicare");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readString(roster)).contains("NPI,Contract Start,Contract End,Notice By")
                .contains(NPI + ",01/01/2026,01/31/2027,12/02/2026");

        CliRun ended = run("contracts", "end", id, "--on", "2026-11-23", "--json");
        assertThat(ended.exitCode()).as(ended.err()).isZero();
        assertThat(ended.json().get("endedOn").asText()).isEqualTo("2026-11-23");
        assertThat(run("deadlines", "--kind", "contract-renewal", "--within", "30", "--json").json()).isEmpty();
        assertThat(run("contracts", "end", id).exitCode()).isEqualTo(CliException.USAGE);
        assertThat(run("contracts", "end", "no-such-id").exitCode()).isEqualTo(CliException.NOT_FOUND);
    }
}
