package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.app.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NUCC code set end to end on NUCC's real 25.1 file: import (all or nothing, idempotent, a newer version with
 * its counts, an older one refused), look-ups, and the description and warning beside a provider's code in
 * {@code providers show} and in roster import warnings.
 */
class TaxonomyCliTest {
    static final String NUCC = "nucc_taxonomy_251.csv";
    static final String HEADER = "Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section";

    @TempDir
    Path dir;

    String db() {
        return dir.resolve("creddesk.db").toString();
    }

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    Path nucc(String name) throws Exception {
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        try (InputStream in = getClass().getResourceAsStream("/taxonomy/" + NUCC)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void importsTheRealCodeSetOnceAndANewerVersionWithWhatItChanged() throws Exception {
        CliRun first = run("taxonomy", "import", nucc(NUCC).toString(), "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode j = first.json();
        assertThat(j.get("version").asText()).isEqualTo("25.1");
        assertThat(j.get("codes").asInt()).isEqualTo(883);
        assertThat(j.get("added").asInt()).isEqualTo(883);
        assertThat(first.err()).contains("NUCC code set 25.1 in force: 883 codes, 883 added, 0 changed, 0 removed");

        CliRun again = run("taxonomy", "import", nucc(NUCC).toString(), "--json");
        assertThat(again.json().get("unchanged").asBoolean()).as("the same file again changes nothing").isTrue();
        assertThat(again.json().get("added").asInt()).isZero();

        CliRun show = run("taxonomy", "show", "207RC0000X", "--json");
        assertThat(show.exitCode()).isZero();
        assertThat(show.json().get("description").asText()).isEqualTo("Cardiovascular Disease Physician");
        assertThat(show.json().get("classification").asText()).isEqualTo("Internal Medicine");
        assertThat(show.json().get("specialization").asText()).isEqualTo("Cardiovascular Disease");
        assertThat(show.json().get("definition").asText()).as("a quoted multi-sentence field, whole").contains(",");
        assertThat(show.json().get("section").asText()).isEqualTo("Individual");

        // A newer release: one display name reworded, one code withdrawn, one fictitious code added.
        String text = Files.readString(dir.resolve(NUCC), StandardCharsets.UTF_8);
        String newer = text.replace(",Internal Medicine Physician,", ",Internal Medicine Physician (reworded),")
                .replaceAll("(?m)^193400000X,[^\r\n]*\r\n", "")
                + "ZZZ000000X,Test Grouping,Test Classification,,\"A code made up for this test, not NUCC's.\",,"
                + "Made-up Test Code,Individual\r\n";
        Path v260 = dir.resolve("nucc_taxonomy_260.csv");
        Files.writeString(v260, newer, StandardCharsets.UTF_8);
        CliRun replaced = run("taxonomy", "import", v260.toString(), "--json");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.json().get("previousVersion").asText()).isEqualTo("25.1");
        assertThat(replaced.json().get("version").asText()).isEqualTo("26.0");
        assertThat(replaced.json().get("added").asInt()).isEqualTo(1);
        assertThat(replaced.json().get("changed").asInt()).isEqualTo(1);
        assertThat(replaced.json().get("removed").asInt()).isEqualTo(1);
        assertThat(run("taxonomy", "show", "207R00000X", "--json").json().get("description").asText())
                .isEqualTo("Internal Medicine Physician (reworded)");
        CliRun withdrawn = run("taxonomy", "show", "193400000X", "--json");
        assertThat(withdrawn.exitCode()).isEqualTo(3);
        assertThat(withdrawn.err()).contains("'193400000X' is not in the NUCC taxonomy code set 26.0");

        CliRun older = run("taxonomy", "import", nucc(NUCC).toString(), "--json");
        assertThat(older.exitCode()).as("an older code set does not silently replace a newer one").isEqualTo(4);
        assertThat(older.err()).contains("older than the code set in force (26.0", "--allow-older");
        assertThat(run("taxonomy", "import", dir.resolve(NUCC).toString(), "--allow-older", "--json").json()
                .get("version").asText()).isEqualTo("25.1");

        try (AppContext app = AppContext.open(dir.resolve("creddesk.db"), CliRun.CLOCK)) {
            assertThat(app.changeLog().forEntity("nucc")).as("every import that changed the code set is logged")
                    .extracting(e -> e.changes().stream().filter(c -> c.field().equals("version")).findFirst()
                            .map(c -> c.oldValue() + " -> " + c.newValue()).orElse(""))
                    .containsExactly("null -> 25.1", "25.1 -> 26.0", "26.0 -> 25.1");
        }
    }

    @Test
    void aBadRowRefusesTheWholeFileWithItsRowAndColumn() throws Exception {
        assertThat(run("taxonomy", "import", nucc(NUCC).toString()).exitCode()).isZero();
        Path bad = dir.resolve("nucc_taxonomy_252.csv");
        Files.writeString(bad, HEADER + "\r\n"
                + "207R00000X,Allopathic & Osteopathic Physicians,Internal Medicine,,\"Def, with comma\",,"
                + "Internal Medicine Physician,Individual\r\n"
                + "207R0000X,Allopathic & Osteopathic Physicians,Internal Medicine,,,,Typo Code,Individual\r\n"
                + "207R00000X,Allopathic & Osteopathic Physicians,Internal Medicine,,,,Twice,Individual\r\n"
                + "207Q00000X,Allopathic & Osteopathic Physicians\r\n", StandardCharsets.UTF_8);
        CliRun refused = run("taxonomy", "import", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("nothing changed",
                "Row 3, column 'Code': '207R0000X' is not a taxonomy code",
                "Row 4, column 'Code': '207R00000X' is already on row 2",
                "Row 5: 2 fields, the header has 8");
        assertThat(run("taxonomy", "show", "207P00000X", "--json").json().get("codeSetVersion").asText())
                .as("the code set in force is untouched").isEqualTo("25.1");

        Path unclosed = dir.resolve("nucc_taxonomy_253.csv");
        Files.writeString(unclosed, HEADER + "\n207R00000X,G,C,,\"never closed,,D,Individual\n");
        assertThat(run("taxonomy", "import", unclosed.toString()).err()).contains("Row 2: a quoted field is never closed");
        Path noVersion = dir.resolve("codes.csv");
        Files.writeString(noVersion, HEADER + "\n");
        assertThat(run("taxonomy", "import", noVersion.toString()).err()).contains("--version 25.1");
    }

    @Test
    void providersShowTheDescriptionBesideTheCodeAndWarnOfAnUnknownOne() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "NPI,Last Name,First Name,Taxonomy\n"
                + "1234567893,Quillfeather,Ada,207R00000X\n"
                + "1679576722,Brightwater,Sam,207ZZ0000X\n", StandardCharsets.UTF_8);
        CliRun before = run("roster", "import", roster.toString(), "--dry-run", "--json");
        assertThat(before.json().get("warnings")).as("no code set yet: nothing to call unknown").isEmpty();

        assertThat(run("taxonomy", "import", nucc(NUCC).toString()).exitCode()).isZero();
        CliRun imported = run("roster", "import", roster.toString(), "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.json().get("added")).hasSize(2);
        JsonNode warning = imported.json().get("warnings").get(0);
        assertThat(imported.json().get("warnings")).hasSize(1);
        assertThat(warning.get("row").asInt()).isEqualTo(3);
        assertThat(warning.get("column").asText()).isEqualTo("Taxonomy");
        assertThat(warning.get("message").asText())
                .isEqualTo("'207ZZ0000X' is not in the NUCC taxonomy code set 25.1 "
                        + "(kept: the code set may be older than the code)");

        CliRun known = run("providers", "show", "1234567893", "--json");
        assertThat(known.json().get("taxonomies").get(0).asText()).isEqualTo("207R00000X");
        assertThat(known.json().get("taxonomyDescription").asText()).isEqualTo("Internal Medicine Physician");
        assertThat(known.json().get("warnings")).isEmpty();
        assertThat(known.err()).doesNotContain("Warning");

        CliRun unknown = run("providers", "show", "1679576722", "--json");
        assertThat(unknown.exitCode()).as("a warning, not an error").isZero();
        assertThat(unknown.json().get("taxonomyDescription").isNull()).isTrue();
        assertThat(unknown.json().get("taxonomyDetails").get(0).get("inCodeSet").asBoolean()).isFalse();
        assertThat(unknown.json().get("warnings").get(0).asText()).contains("'207ZZ0000X' is not in the NUCC");
        assertThat(unknown.err()).contains("Warning: taxonomy '207ZZ0000X' is not in the NUCC taxonomy code set 25.1");

        JsonNode list = run("providers", "list", "--json").json();
        assertThat(list).anySatisfy(p -> assertThat(p.get("primaryTaxonomyDescription").asText())
                .isEqualTo("Internal Medicine Physician"));
        assertThat(run("providers", "list").out()).contains("207R00000X", "Internal Medicine Physician");
    }
}
