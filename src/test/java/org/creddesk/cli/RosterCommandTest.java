package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster CLI contract: JSON keys and shapes, exit codes, dry run, unreadable files, undo. */
class RosterCommandTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(out);
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("c.db").toString()));
        all.addAll(List.of(args));
        int exit = new CredDeskCli(new PrintWriter(out), new PrintWriter(err), CLOCK)
                .execute(all.toArray(String[]::new), (db, c) -> {
                });
        return new Run(exit, out.toString(), err.toString());
    }

    Path csv(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    static final String ROSTER = "Provider Roster\n\nNPI #,Last Name,First Name,Lic State,Lic #,Lic Exp,ZIP\n"
            + "1234567893,Müller,Anna,MA,003806,02/31/2027,2134\n"
            + "1234567890,Wrong,Digit,MA,1,01/01/2027,02134\n"
            + "1679576722,Nguyễn,Minh,TX,77,2028-01-31,77002\n"
            + "1679576722,Nguyễn,Minh,TX,77,2028-01-31,77002\n"
            + ",,,,,,\n"
            + "Total providers: 4,,,,,,\n";

    @Test
    void importJsonHasExactlyTheContractKeys() throws Exception {
        Path file = csv("roster.csv", ROSTER);
        Run dry = run("roster", "import", file.toString(), "--dry-run", "--json");
        assertThat(dry.exit()).isZero();
        JsonNode j = dry.json();
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("rows", "added", "updated", "unchanged", "missing", "conflicts",
                "keptAsAnswered", "rejected", "warnings");
        assertThat(j.get("rows").asInt()).isEqualTo(4);
        assertThat(j.get("added")).extracting(JsonNode::asText).containsExactly("1234567893", "1679576722");
        JsonNode rejected = j.get("rejected");
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).get("row").asInt()).isEqualTo(5);
        assertThat(rejected.get(0).get("column").asText()).isEqualTo("NPI #");
        assertThat(rejected.get(0).get("value").asText()).isEqualTo("1234567890");
        assertThat(rejected.get(0).get("reason").asText()).contains("check digit");
        assertThat(rejected.get(1).get("row").asInt()).isEqualTo(7);
        JsonNode warning = j.get("warnings").get(0);
        assertThat(warning.get("row").asInt()).isEqualTo(4);
        assertThat(warning.get("column").asText()).isEqualTo("Lic Exp");
        assertThat(warning.get("value").asText()).isEqualTo("02/31/2027");
        assertThat(warning.get("message").asText()).isEqualTo("'02/31/2027' is not a date");

        Run list = run("providers", "list", "--json");
        assertThat(Json.mapper().readTree(list.out())).as("dry run changes nothing").isEmpty();

        Run applied = run("roster", "import", file.toString(), "--json");
        assertThat(applied.exit()).isZero();
        assertThat(applied.json().get("added")).hasSize(2);
        Run again = run("roster", "import", file.toString(), "--json");
        assertThat(again.json().get("unchanged")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("1234567893", "1679576722");

        Run imports = run("roster", "imports", "--json");
        JsonNode first = imports.json().get(1);
        assertThat(first.get("added").asInt()).isEqualTo(2);
        Run undo = run("roster", "undo", first.get("id").asText());
        assertThat(undo.exit()).isZero();
        assertThat(Json.mapper().readTree(run("providers", "list", "--json").out())).isEmpty();
        assertThat(run("roster", "undo", "no-such-import").exit()).isEqualTo(3);
    }

    @Test
    void conflictsAreReportedAsObjects() throws Exception {
        Path march = csv("march.csv", "NPI,Last Name,First Name,Degree\n1234567893,Müller,Anna,MD\n");
        run("roster", "import", march.toString(), "--source", "acme", "--json");
        assertThat(run("providers", "show", "1234567893").exit()).isZero();
        // the provider's degree was entered by hand in a second database write with source "manual"
        try (var ctx = org.creddesk.app.AppContext.open(dir.resolve("c.db"), Clock.offset(CLOCK, java.time.Duration.ofHours(1)))) {
            var f = ctx.providers().findByNpi("1234567893").orElseThrow();
            ctx.providerRepository().save(f.withProvider(new org.creddesk.domain.Provider(f.id(), "Anna", null, "Müller",
                    null, "PhD", f.provider().dateOfBirth(), null, null, null, null, "1234567893", null, null, null,
                    null, null, null, null, null, f.provider().status())), ctx.manualChange());
        }
        Path april = csv("april.csv", "NPI,Last Name,First Name,Degree\n1234567893,Müller,Anna,DO\n");
        Run r = run("--as-of", "2026-11-24", "roster", "import", april.toString(), "--source", "acme", "--json");
        JsonNode c = r.json().get("conflicts").get(0);
        assertThat(c.get("npi").asText()).isEqualTo("1234567893");
        assertThat(c.get("field").asText()).isEqualTo("degree");
        assertThat(c.get("current").asText()).isEqualTo("PhD");
        assertThat(c.get("incoming").asText()).isEqualTo("DO");
        assertThat(r.json().get("updated")).isEmpty();
    }

    @Test
    void undoOfAnImportEditedSinceIsRefusedWithTheEditsUntilThePersonSaysWhatToKeep() throws Exception {
        run("roster", "import", csv("march.csv", "NPI,Last Name,First Name,Degree\n1234567893,Müller,Anna,MD\n")
                .toString(), "--source", "acme");
        try (var ctx = org.creddesk.app.AppContext.open(dir.resolve("c.db"), Clock.offset(CLOCK, java.time.Duration.ofHours(1)))) {
            var f = ctx.providers().findByNpi("1234567893").orElseThrow();
            var p = f.provider();
            ctx.providerRepository().save(f.withProvider(new org.creddesk.domain.Provider(f.id(), "Anna", null, "Müller",
                    null, "PhD", p.dateOfBirth(), null, null, null, null, "1234567893", null, null, null,
                    null, null, null, null, null, p.status())), ctx.manualChange());
        }
        String id = run("roster", "imports", "--json").json().get(0).get("id").asText();

        Run refused = run("roster", "undo", id, "--json");
        assertThat(refused.exit()).isEqualTo(4);
        JsonNode edit = refused.json().get("laterEdits").get(0);
        assertThat(edit.get("npi").asText()).isEqualTo("1234567893");
        assertThat(edit.get("field").asText()).isEqualTo("degree");
        assertThat(edit.get("imported").asText()).isEqualTo("MD");
        assertThat(edit.get("current").asText()).isEqualTo("PhD");
        assertThat(refused.err()).contains("--keep-later-edits");
        assertThat(run("roster", "undo", id, "--keep-later-edits", "--discard-later-edits").exit()).isEqualTo(1);

        assertThat(run("roster", "undo", id, "--keep-later-edits").exit()).isZero();
        JsonNode kept = run("providers", "show", "1234567893", "--json").json();
        assertThat(kept.get("degree").asText()).as("worked on since the import: kept").isEqualTo("PhD");
    }

    @Test
    void exportOfAGroupAndTheSelectionOptionsExcludeEachOther() throws Exception {
        run("roster", "import", csv("g.csv", "NPI,Last Name,First Name,TIN\n1234567893,Müller,Anna,12-3456789\n"
                + "1679576722,Nguyễn,Minh,98-7654321\n").toString());
        Path out = dir.resolve("group.csv");
        Run r = run("roster", "export", out.toString(), "--group", "12-3456789", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("rows").asInt()).isEqualTo(1);
        assertThat(Files.readString(out)).contains("1234567893").doesNotContain("1679576722");
        assertThat(run("roster", "export", out.toString(), "--group", "1", "--search", "x").exit()).isEqualTo(1);
        assertThat(run("roster", "export", out.toString(), "--enrolled-with", "Nobody Health").exit()).isEqualTo(3);
    }

    @Test
    void aShippedTemplateCopiedToAFileAndEditedDrivesTheExport() throws Exception {
        Run list = run("roster", "template", "list", "--json");
        assertThat(list.json()).extracting(n -> n.get("name").asText()).contains("generic-full-roster", "payer-delta");
        Path mine = dir.resolve("mine.json");
        assertThat(run("roster", "template", "export", "generic-full-roster", mine.toString()).exit()).isZero();
        assertThat(run("roster", "template", "export", "generic-full-roster", mine.toString()).exit())
                .as("never overwrites").isEqualTo(1);
        assertThat(run("roster", "template", "export", "nope", dir.resolve("x.json").toString()).exit()).isEqualTo(3);
        Files.writeString(mine, Files.readString(mine).replace("\"header\": \"NPI\"", "\"header\": \"Individual NPI\""));
        run("roster", "import", csv("r.csv", ROSTER).toString());
        Path out = dir.resolve("mine.csv");
        assertThat(run("roster", "export", out.toString(), "--template", mine.toString()).exit()).isZero();
        assertThat(Files.readAllLines(out).get(0)).startsWith("\uFEFFIndividual NPI,");
    }

    @Test
    void unreadableFileExitsTwoWithOneLineAndChangesNothing() throws Exception {
        Path pdf = dir.resolve("roster.xlsx");
        Files.writeString(pdf, "%PDF-1.7\n");
        Run r = run("roster", "import", pdf.toString(), "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("roster.xlsx is a PDF, not a spreadsheet: save the roster as .xlsx, "
                + ".xls or .csv").doesNotContain("\n");
        Run missing = run("roster", "import", dir.resolve("nope.xlsx").toString(), "--json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().lines()).hasSize(1);
    }

    @Test
    void exportWritesTheTemplateAndDeltaNeedsAPayer() throws Exception {
        run("roster", "import", csv("r.csv", ROSTER).toString());
        Path out = dir.resolve("out.xlsx");
        Run r = run("roster", "export", out.toString(), "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("rows").asInt()).isEqualTo(2);
        assertThat(Files.size(out)).isPositive();
        Run one = run("roster", "export", dir.resolve("one.csv").toString(), "--search", "Nguyễn", "--json");
        assertThat(one.json().get("rows").asInt()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("one.csv"))).contains("1679576722,Nguyễn,Minh");
        Run delta = run("roster", "export", dir.resolve("d.xlsx").toString(), "--template", "payer-delta",
                "--since-last-export", "Aetna", "--json");
        assertThat(delta.json().get("adds").asInt()).isEqualTo(2);
        assertThat(run("roster", "export", dir.resolve("d.xlsx").toString(), "--template", "payer-delta").exit())
                .isEqualTo(1);
    }

    @Test
    void anUnknownLayoutGetsAProposalWithEvidenceThenASuggestedMappingFileImportsIt() throws Exception {
        Path file = csv("odd.csv", "Prov ID,Surname,Given,Notes\n1234567893,Müller,Anna,new\n"
                + "1679576722,Nguyen,Minh,\n1003000126,O'Brien,Kate,moved\n");
        Run refused = run("roster", "import", file.toString());
        assertThat(refused.exit()).isEqualTo(4);
        assertThat(refused.err()).contains("odd.csv, header on row 1: the columns read as")
                .containsPattern("A +Prov ID +-> NPI\\? \\(doubtful: not used until you map it\\) +\\[values: "
                        + "1234567893, 1679576722, 1003000126 \\(3 of 3 pass the NPI check\\)]")
                .containsPattern("B +Surname +-> Last Name +\\[header words: last, name; values: Müller, Nguyen")
                .containsPattern("D +Notes +-> \\(nothing\\) +\\[header words: note; values: new, moved]")
                .contains("No column is mapped to NPI (columns not mapped: Prov ID, Notes); nothing imported.")
                .contains("creddesk roster mapping suggest " + file);
        assertThat(run("providers", "list", "--json").out()).doesNotContain("1234567893");

        Run json = run("roster", "import", file.toString(), "--json");
        assertThat(json.exit()).isEqualTo(4);
        assertThat(json.json().get("missing")).extracting(JsonNode::asText).containsExactly("npi");
        assertThat(json.json().get("columnsNotMapped")).extracting(JsonNode::asText).containsExactly("Prov ID", "Notes");
        assertThat(json.json().get("proposal").get(0).get("field").asText()).isEqualTo("npi");
        assertThat(json.json().get("proposal").get(0).get("confident").asBoolean()).isFalse();

        Run suggest = run("roster", "mapping", "suggest", file.toString());
        assertThat(suggest.exit()).isZero();
        JsonNode mapping = suggest.json();
        assertThat(mapping.get("columns").get("Prov ID").asText()).isEqualTo("npi");
        assertThat(mapping.get("columns").get("Surname").asText()).isEqualTo("lastName");
        assertThat(mapping.get("columns").get("Notes").asText()).isEmpty();
        assertThat(suggest.err()).contains("1 doubtful column written with the field it may be");
        Path map = dir.resolve("map.json");
        Files.writeString(map, suggest.out());
        Run applied = run("roster", "import", file.toString(), "--mapping", map.toString(), "--json");
        assertThat(applied.exit()).isZero();
        assertThat(applied.json().get("added")).extracting(JsonNode::asText)
                .containsExactly("1234567893", "1679576722", "1003000126");
    }
}
