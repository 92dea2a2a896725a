package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersCliTest {
    @TempDir
    Path dir;

    String db() {
        return dir.resolve("creddesk.db").toString();
    }

    @Test
    void sampleDataIsIdempotentAndListed() {
        CliRun first = CliRun.of("--db", db(), "sample-data");
        assertThat(first.exitCode()).isZero();
        assertThat(first.json().get("added").asInt()).isGreaterThanOrEqualTo(150);
        CliRun second = CliRun.of("--db", db(), "sample-data");
        assertThat(second.json().get("added").asInt()).isZero();
        assertThat(first.json().get("enrollments").asInt()).isGreaterThan(40);
        assertThat(second.json().get("enrollments").asInt()).isZero();
        JsonNode board = CliRun.of("--db", db(), "enrollments", "list", "--json").json();
        java.util.Set<String> stages = new java.util.TreeSet<>();
        board.forEach(e -> stages.add(e.get("status").asText()));
        assertThat(stages).as("the sample board shows every stage")
                .contains("gathering", "submitted", "information_requested", "approved");
        assertThat(board).anySatisfy(e -> assertThat(e.get("flags").toString()).contains("follow_up_overdue"));

        JsonNode list = CliRun.of("--db", db(), "providers", "list", "--json").json();
        assertThat(list.size()).isEqualTo(first.json().get("added").asInt());
        JsonNode one = list.get(0);
        assertThat(one.has("id") && one.has("npi") && one.has("lastName") && one.has("firstName")).isTrue();
    }

    @Test
    void showsAWholeProviderFileAsJson() {
        CliRun.of("--db", db(), "sample-data");
        String npi = CliRun.of("--db", db(), "providers", "list", "--json").json().get(0).get("npi").asText();
        CliRun show = CliRun.of("--db", db(), "providers", "show", npi, "--json");
        assertThat(show.exitCode()).isZero();
        JsonNode p = show.json();
        assertThat(p.get("npi").asText()).isEqualTo(npi);
        assertThat(p.get("dateOfBirth").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(p.get("taxonomies").get(0).asText()).matches("[0-9A-Z]{9}X");
        JsonNode license = p.get("licenses").get(0);
        for (String field : new String[] {"state", "number", "type", "issued", "expires", "status"}) {
            assertThat(license.has(field)).as(field).isTrue();
        }
        assertThat(license.get("expires").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(p.get("deaRegistrations").isArray()).isTrue();
        assertThat(p.get("boardCertifications").size()).isPositive();
        JsonNode loc = p.get("locations").get(0);
        for (String field : new String[] {"address", "city", "state", "zip", "phone"}) {
            assertThat(loc.has(field)).as(field).isTrue();
        }
        assertThat(p.get("documents").isArray()).isTrue();
    }

    @Test
    void historyListsTheChangeLogWithSource() {
        CliRun.of("--db", db(), "sample-data");
        String npi = CliRun.of("--db", db(), "providers", "list", "--json").json().get(0).get("npi").asText();
        JsonNode history = CliRun.of("--db", db(), "providers", "history", npi, "--json").json();
        assertThat(history.size()).isGreaterThan(3);
        assertThat(history.get(0).get("source").asText()).isEqualTo("sample");
        assertThat(history.get(0).get("action").asText()).isEqualTo("create");
        assertThat(history.get(0).get("changes").get(0).has("new")).isTrue();
    }

    @Test
    void exitCodesFollowTheContract() throws Exception {
        CliRun.of("--db", db(), "sample-data");
        CliRun unknown = CliRun.of("--db", db(), "providers", "show", "1234567893", "--json");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("1234567893");
        assertThat(unknown.out()).isEmpty();

        assertThat(CliRun.of("--db", db(), "no-such-command").exitCode()).isEqualTo(1);
        CliRun badDate = CliRun.of("--as-of", "2026-02-31", "--db", db(), "providers", "list");
        assertThat(badDate.exitCode()).isEqualTo(1);
        assertThat(badDate.err()).contains("2026-02-31");

        Path notADb = dir.resolve("notes.db");
        Files.writeString(notADb, "plain text, not SQLite ".repeat(20));
        CliRun unreadable = CliRun.of("--db", notADb.toString(), "providers", "list", "--json");
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err().lines().count()).isEqualTo(1);
        assertThat(Files.readString(notADb)).startsWith("plain text");
    }

    @Test
    void searchFiltersTheList() {
        CliRun.of("--db", db(), "sample-data");
        JsonNode all = CliRun.of("--db", db(), "providers", "list", "--json").json();
        String last = all.get(0).get("lastName").asText();
        JsonNode found = CliRun.of("--db", db(), "providers", "list", "--search", last, "--json").json();
        assertThat(found.size()).isPositive().isLessThan(all.size());
        // Maiden and other names are searchable too, so the first hit is checked, not every one.
        assertThat(found.findValuesAsText("npi")).contains(all.get(0).get("npi").asText());
        String npi = all.get(5).get("npi").asText();
        JsonNode byNpi = CliRun.of("--db", db(), "providers", "list", "--search", npi, "--json").json();
        assertThat(byNpi.findValuesAsText("npi")).containsExactly(npi);
    }
}
