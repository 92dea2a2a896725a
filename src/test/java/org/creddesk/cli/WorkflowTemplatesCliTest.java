package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.workflow.LoadedSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checklist templates through the CLI: the JSON list, new/rename/retire/restore, a payer's own at start. */
class WorkflowTemplatesCliTest {
    static final String NPI = "1870000001";
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void sample() {
        db = LoadedSample.copyInto(dir).toString();
        assertThat(run("enrollments", "add-payer", "Harbor Health Partners", "--typical-days", "90",
                "--follow-up-days", "30").exitCode()).isZero();
    }

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    JsonNode template(JsonNode list, String code) {
        for (JsonNode n : list) {
            if (n.get("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no " + code + " in " + list);
    }

    @Test
    void templatesAreListedAsJsonMadeRenamedRetiredAndRestored() {
        JsonNode shipped = run("checklist", "templates", "--json").json();
        assertThat(shipped).hasSize(4);
        JsonNode generic = template(shipped, "payer-enrollment");
        assertThat(generic.get("name").asText()).isEqualTo("Payer enrollment (generic)");
        assertThat(generic.get("kind").asText()).isEqualTo("payer-enrollment");
        assertThat(generic.get("payer").isNull()).isTrue();
        int genericItems = generic.get("itemCount").asInt();
        assertThat(genericItems).isPositive();

        CliRun made = run("checklist", "template", "new", "Harbor enrollment", "--kind", "payer-enrollment",
                "--payer", "harbor health partners", "--copy-from", "payer-enrollment");
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.json().get("code").asText()).isEqualTo("harbor-enrollment");
        JsonNode listed = template(run("checklist", "templates", "--json").json(), "harbor-enrollment");
        assertThat(listed.get("payer").asText()).isEqualTo("Harbor Health Partners");
        assertThat(listed.get("itemCount").asInt()).isEqualTo(genericItems);

        CliRun taken = run("checklist", "template", "new", "Harbor Enrollment", "--kind", "payer-enrollment",
                "--payer", "Harbor Health Partners");
        assertThat(taken.exitCode()).isEqualTo(4);
        assertThat(taken.err()).contains("There is already a payer enrollment template named 'Harbor Enrollment' "
                + "for Harbor Health Partners");
        assertThat(run("checklist", "template", "new", "Harbor privileges", "--kind", "privileges").exitCode())
                .isEqualTo(1);
        assertThat(run("checklist", "template", "new", "X", "--kind", "payer-enrollment", "--payer", "Nobody")
                .exitCode()).isEqualTo(3);
        assertThat(run("checklist", "template", "rename", "no-such-code", "Y").exitCode()).isEqualTo(3);

        CliRun renamed = run("checklist", "template", "rename", "harbor-enrollment", "Harbor Health enrollment");
        assertThat(renamed.exitCode()).as(renamed.err()).isZero();
        assertThat(renamed.json().get("name").asText()).isEqualTo("Harbor Health enrollment");

        CliRun started = run("checklist", "start", NPI, "payer-enrollment", "--payer", "Harbor Health Partners");
        assertThat(started.exitCode()).as(started.err()).isZero();
        assertThat(started.json().get("name").asText()).isEqualTo("Harbor Health enrollment");
        CliRun generically = run("checklist", "start", NPI, "payer-enrollment", "--payer", "Medicare");
        assertThat(generically.json().get("name").asText()).isEqualTo("Payer enrollment (generic) \u2014 Medicare");
        assertThat(run("checklist", "start", NPI, "initial-credentialing").exitCode()).isZero();

        assertThat(run("checklist", "template", "retire", "initial-credentialing").exitCode()).isZero();
        CliRun refused = run("checklist", "start", NPI, "initial-credentialing");
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("is retired; restore it");
        JsonNode all = run("checklist", "templates", "--all", "--json").json();
        assertThat(template(all, "initial-credentialing").get("retired").asBoolean()).isTrue();
        assertThat(run("checklist", "templates", "--json").json()).extracting(n -> n.get("code").asText())
                .doesNotContain("initial-credentialing");
        assertThat(run("checklist", "template", "restore", "initial-credentialing").exitCode()).isZero();
        assertThat(run("checklist", "start", NPI, "initial-credentialing").exitCode()).isZero();
    }

    @Test
    void everyTemplateSubcommandAnswersHelp() {
        for (String[] cmd : List.of(new String[] {"checklist", "templates"}, new String[] {"checklist", "template"},
                new String[] {"checklist", "template", "new"}, new String[] {"checklist", "template", "rename"},
                new String[] {"checklist", "template", "retire"}, new String[] {"checklist", "template", "restore"},
                new String[] {"checklist", "start"})) {
            List<String> args = new ArrayList<>(List.of(cmd));
            args.add("--help");
            CliRun help = run(args.toArray(String[]::new));
            assertThat(help.exitCode()).as(String.join(" ", cmd)).isZero();
            assertThat(help.out()).contains("Usage:");
        }
    }
}
