package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.domain.workflow.DeadlineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, items 8, 9 and 13 through the CLI: decision notices, DME revalidation, every kind in --help. */
class MissingClocksCliTest {
    static final String NPI = "1288000015";
    @TempDir
    Path dir;
    LocalDate today = LocalDate.of(2026, 11, 10);

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("desk.db").toString()));
        all.addAll(List.of(args));
        return CliRun.with(Clock.fixed(today.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                all.toArray(String[]::new));
    }

    void provider() throws Exception {
        Path roster = dir.resolve("r.csv");
        Files.writeString(roster, "NPI,Last Name,First Name,DOB,License State,License Number,License Expiration\n"
                + NPI + ",Baptiste,Rene,1977-03-03,WA,MD60512,2028-10-31\n");
        assertThat(run("roster", "import", roster.toString()).exitCode()).isZero();
    }

    JsonNode deadlines(String kind) {
        CliRun r = run("deadlines", "--kind", kind, "--within", "2000", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.json();
    }

    @Test
    void aDenialOpensADecisionNoticeDeadlineThatTheRecordedNoticeCloses() throws Exception {
        provider();
        CliRun denied = run("decision", NPI, "--deny", "--date", "2026-11-10");
        assertThat(denied.exitCode()).as(denied.err()).isEqualTo(4);
        // a denial also needs its verifications; deferring needs none and asks for no notice
        assertThat(run("decision", NPI, "--defer").exitCode()).isZero();
        assertThat(deadlines("decision-notice")).isEmpty();
        for (String e : List.of("license", "education", "work_history", "malpractice_history", "sanctions")) {
            assertThat(run("verify", NPI, "--element", e, "--source", "Primary source", "--date", "2026-11-05",
                    "--verifier", "sam").exitCode()).isZero();
        }
        assertThat(run("decision", NPI, "--deny", "--date", "2026-11-10", "--note", "adverse peer review")
                .exitCode()).isZero();
        assertThat(deadlines("decision-notice")).singleElement().satisfies(d -> {
            assertThat(d.get("due").asText()).isEqualTo("2026-12-10");
            assertThat(d.get("subject").asText()).isEqualTo("Tell the practitioner of the denial of 11/10/2026");
        });
        today = LocalDate.of(2026, 12, 11);
        assertThat(deadlines("decision-notice").get(0).get("status").asText()).isEqualTo("overdue");
        assertThat(run("decision-notice", NPI, "--sent", "2026-11-01", "--how", "letter").err())
                .contains("cannot be sent before the decision of 11/10/2026");
        CliRun noticed = run("decision-notice", NPI, "--sent", "2026-12-11", "--how", "certified letter");
        assertThat(noticed.exitCode()).as(noticed.err()).isZero();
        assertThat(noticed.json().get("noticeMethod").asText()).isEqualTo("certified letter");
        assertThat(deadlines("decision-notice")).isEmpty();
        assertThat(run("decision-notice", NPI, "--sent", "2026-12-11", "--how", "email").exitCode())
                .as("nothing waits for a notice any more").isEqualTo(3);
        assertThat(run("providers", "history", NPI, "--json").out()).contains("noticeSentOn");
    }

    @Test
    void aMedicareEnrollmentMarkedDmeRevalidatesThreeYearsAfterItsEffectiveDate() throws Exception {
        provider();
        assertThat(run("enrollments", "add-payer", "Medicare Part B (WA)", "--kind", "medicare", "--state", "WA")
                .exitCode()).isZero();
        CliRun added = run("enrollments", "add", NPI, "--payer", "Medicare Part B (WA)", "--state", "WA",
                "--status", "submitted");
        assertThat(added.exitCode()).as(added.err()).isZero();
        String id = added.json().get("id").asText();
        CliRun approved = run("enrollments", "approve", id, "--date", "2026-11-10", "--effective", "2026-11-01",
                "--payer-id", "PTAN77");
        assertThat(approved.exitCode()).as(approved.err()).isZero();
        assertThat(deadlines("revalidation").get(0).get("due").asText()).isEqualTo("2031-11-30");
        CliRun dme = run("enrollments", "dme", id);
        assertThat(dme.exitCode()).as(dme.err()).isZero();
        assertThat(deadlines("revalidation").get(0).get("due").asText()).isEqualTo("2029-11-30");
        assertThat(run("enrollments", "dme", id, "--off").exitCode()).isZero();
        assertThat(deadlines("revalidation").get(0).get("due").asText()).isEqualTo("2031-11-30");
    }

    @Test
    void deadlinesHelpListsEveryKind() {
        CliRun help = run("deadlines", "--help");
        for (DeadlineKind k : DeadlineKind.values()) {
            assertThat(help.out()).contains(k.code());
        }
        assertThat(help.out()).contains("screening").contains("decision-notice");
    }
}
