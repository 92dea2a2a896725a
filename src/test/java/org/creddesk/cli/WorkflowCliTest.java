package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.workflow.LoadedSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrollments, checklists, verifications and decisions end to end through the CLI, on one sample store loaded once
 * (each test works on its own provider, so they do not see each other's data).
 */
class WorkflowCliTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
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

    @Test
    void anEnrollmentIsSubmittedFollowedUpFlaggedAndApproved() {
        assertThat(run("enrollments", "add-payer", "Acme Health", "--typical-days", "60", "--follow-up-days", "14")
                .exitCode()).isZero();
        CliRun added = run("enrollments", "add", OTHER_NPI, "--payer", "acme health", "--state", "MA", "--status", "gathering");
        assertThat(added.exitCode()).as(added.err()).isZero();
        String id = added.json().get("id").asText();
        CliRun again = run("enrollments", "add", OTHER_NPI, "--payer", "Acme Health", "--state", "ma");
        assertThat(again.exitCode()).as("a second enrollment with the same payer and state is refused").isEqualTo(4);
        assertThat(again.err()).contains("already has an enrollment with Acme Health in MA (gathering since");
        assertThat(run("enrollments", "move", id, "--to", "in-process").err())
                .contains("cannot move to in process; next: [submitted, withdrawn]");
        assertThat(run("enrollments", "move", id, "--to", "submitted", "--date", TODAY.minusDays(20).toString())
                .exitCode()).isZero();

        JsonNode flagged = run("enrollments", "list", "--flagged", "--json").json();
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).get("flags").toString()).contains("follow_up_overdue");
        assertThat(flagged.get(0).get("expectedDecision").asText()).isEqualTo(TODAY.plusDays(40).toString());
        JsonNode due = run("--as-of", TODAY.toString(), "deadlines", "--kind", "follow-up", "--json").json();
        assertThat(due).singleElement().satisfies(n -> {
            assertThat(n.get("npi").asText()).isEqualTo(OTHER_NPI);
            assertThat(n.get("status").asText()).isEqualTo("overdue");
            assertThat(n.get("subject").asText()).isEqualTo("Follow up with Acme Health (MA)");
        });

        CliRun logged = run("enrollments", "followup", id, "--channel", "portal", "--ref", "R-1", "--note",
                "In review", "--next", TODAY.plusDays(10).toString());
        assertThat(logged.exitCode()).as(logged.err()).isZero();
        assertThat(run("enrollments", "list", "--flagged", "--json").json()).isEmpty();
        assertThat(run("enrollments", "approve", id, "--effective", TODAY.toString(), "--payer-id", "AC-9")
                .exitCode()).isZero();
        JsonNode all = run("enrollments", "list", "--json").json();
        assertThat(all.get(0).get("status").asText()).isEqualTo("approved");
        assertThat(all.get(0).get("payerProviderId").asText()).isEqualTo("AC-9");
        assertThat(all.get(0).get("followUps")).hasSize(1);
        assertThat(run("deadlines", "--kind", "follow-up", "--within", "90", "--json").json()).isEmpty();
    }

    @Test
    void aDecisionIsRefusedUntilEveryVerificationIsFresh() {
        CliRun started = run("checklist", "start", NPI, "recredentialing", "--committee", TODAY.plusDays(10).toString());
        assertThat(started.exitCode()).as(started.err()).isZero();
        CliRun refused = run("decision", NPI, "--approve");
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("License verification: MA license 0030000 has no primary-source verification");

        String old = TODAY.minusDays(200).toString();
        String fresh = TODAY.minusDays(3).toString();
        for (String[] v : List.of(new String[] {"license", "0030000", old}, new String[] {"license", "CA000000", fresh},
                new String[] {"dea_cds", "MA4104573", fresh}, new String[] {"dea_cds", "CS-00101", fresh},
                new String[] {"board_certification", null, fresh}, new String[] {"malpractice_history", null, fresh},
                new String[] {"sanctions", null, fresh})) {
            List<String> args = new ArrayList<>(List.of("verify", NPI, "--element", v[0], "--source", "Primary",
                    "--date", v[2], "--verifier", "jlee"));
            if (v[1] != null) {
                args.addAll(List.of("--credential", v[1]));
            }
            CliRun r = run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
        CliRun stale = run("decision", NPI, "--approve", "--date", TODAY.toString());
        assertThat(stale.exitCode()).isEqualTo(4);
        assertThat(stale.json().get("reasons")).singleElement().satisfies(n -> assertThat(n.asText())
                .isEqualTo("License verification: MA license 0030000 was verified " + org.creddesk.domain.ShownDates.format(TODAY.minusDays(200))
                        + ", 200 days before " + org.creddesk.domain.ShownDates.format(TODAY) + "; at most 120 days are allowed"));
        assertThat(run("verify", NPI, "--element", "license", "--credential", "0030000", "--source", "MA BORIM",
                "--date", TODAY.toString(), "--verifier", "jlee").exitCode()).isZero();
        CliRun approved = run("decision", NPI, "--approve", "--date", TODAY.toString());
        assertThat(approved.exitCode()).as(approved.err()).isZero();
        assertThat(approved.json().get("recorded").asBoolean()).isTrue();
        JsonNode recred = run("deadlines", "--kind", "recredentialing", "--within", "1200", "--json").json();
        assertThat(recred).singleElement().satisfies(n -> assertThat(n.get("due").asText())
                .isEqualTo(TODAY.plusMonths(36).toString()));
        assertThat(run("checklist", "show", NPI, "--json").json().get(0).get("closedOn").asText())
                .isEqualTo(TODAY.toString());
        assertThat(run("blocks", NPI, "--json").json().get(0).get("category").asText()).isNotEmpty();
    }

    @Test
    void unknownNpiIsNotFound() {
        assertThat(run("blocks", "1234567893").exitCode()).isEqualTo(3);
    }
}
