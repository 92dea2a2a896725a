package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * Issue 11, items 1, 2 and 14 through the CLI as a script would: a value a person typed ({@code providers set}) or a
 * primary-source verification saw ({@code verify}) is never overwritten by a roster, however many imports follow;
 * "keep mine" stays answered for that roster value only. Fictitious providers; the days move forward per step.
 */
class RosterProvenanceCliTest {
    static final String HEADER = "NPI,Last Name,First Name,DOB,License State,License Number,License Expiration,DEA Number,Degree\n";
    static final String OKAFOR = "1992000012";
    static final String LINDQVIST = "1992000020";

    @TempDir
    Path dir;
    int day;

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("desk.db").toString()));
        all.addAll(List.of(args));
        // every step a day later, so "newer than" never hides behind equal instants
        Clock clock = Clock.fixed(Instant.parse("2026-10-01T09:00:00Z").plusSeconds(86_400L * day++), ZoneOffset.UTC);
        return CliRun.with(clock, all.toArray(String[]::new));
    }

    Path roster(String name, String... rows) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, HEADER + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    JsonNode importJson(Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of("roster", "import", file.toString(), "--source", "Bayside IPA",
                "--json"));
        args.addAll(List.of(extra));
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.json();
    }

    String licenseExpiry(String npi) {
        return run("providers", "show", npi, "--json").json().get("licenses").get(0).get("expires").asText();
    }

    static String row(String npi, String last, String expiry) {
        return npi + "," + last + ",Ada,1979-04-12,OR,MD-77120," + expiry + ",,MD";
    }

    @Test
    void aTypedValueSurvivesEveryReimportOfTheSameRoster() throws Exception {
        Path june = roster("june.csv", row(OKAFOR, "Okafor", "2027-06-30"), row(LINDQVIST, "Lindqvist", "2027-02-28"));
        importJson(june);
        CliRun set = run("providers", "set", OKAFOR, "licenseExpires=08/31/2028", "--json");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.json().get("changed")).singleElement().satisfies(c -> {
            assertThat(c.get("field").asText()).isEqualTo("expires");
            assertThat(c.get("old").asText()).isEqualTo("2027-06-30");
            assertThat(c.get("new").asText()).isEqualTo("2028-08-31");
        });

        for (int i = 0; i < 3; i++) {
            JsonNode again = importJson(june);
            assertThat(again.get("conflicts")).as("import %d of the same file", i + 2).singleElement().satisfies(c -> {
                assertThat(c.get("npi").asText()).isEqualTo(OKAFOR);
                assertThat(c.get("field").asText()).isEqualTo("licenseExpires");
                assertThat(c.get("current").asText()).isEqualTo("2028-08-31");
                assertThat(c.get("incoming").asText()).isEqualTo("2027-06-30");
                assertThat(c.get("source").asText()).isEqualTo("manual");
            });
            assertThat(again.get("updated")).isEmpty();
            assertThat(licenseExpiry(OKAFOR)).isEqualTo("2028-08-31");
        }
        JsonNode history = run("providers", "history", OKAFOR, "--json").json();
        assertThat(history.toString()).contains("manual");
    }

    @Test
    void keepMineStaysAnsweredForThatRosterValueAndANewValueAsksAgain() throws Exception {
        importJson(roster("june.csv", row(OKAFOR, "Okafor", "2027-06-30")));
        run("providers", "set", OKAFOR, "licenseExpires=2028-08-31");
        Path july = roster("july.csv", row(OKAFOR, "Okafor", "2027-06-30"));

        JsonNode answered = importJson(july, "--keep-mine");
        assertThat(answered.get("conflicts")).hasSize(1);
        JsonNode quiet = importJson(july);
        assertThat(quiet.get("conflicts")).as("answered: not asked again").isEmpty();
        assertThat(quiet.get("keptAsAnswered")).singleElement()
                .satisfies(k -> assertThat(k.get("incoming").asText()).isEqualTo("2027-06-30"));
        assertThat(licenseExpiry(OKAFOR)).isEqualTo("2028-08-31");

        JsonNode august = importJson(roster("august.csv", row(OKAFOR, "Okafor", "2029-01-31")));
        assertThat(august.get("conflicts")).as("a new roster value asks again").singleElement()
                .satisfies(c -> assertThat(c.get("incoming").asText()).isEqualTo("2029-01-31"));
        assertThat(licenseExpiry(OKAFOR)).isEqualTo("2028-08-31");

        run("providers", "set", OKAFOR, "licenseExpires=2028-09-30");
        JsonNode september = importJson(july);
        assertThat(september.get("conflicts")).as("the kept value changed since: the old answer no longer speaks")
                .hasSize(1);
    }

    @Test
    void aVerifiedLicenseIsAConflictNamingTheVerification() throws Exception {
        importJson(roster("june.csv", row(LINDQVIST, "Lindqvist", "2027-02-28")));
        CliRun verified = run("verify", LINDQVIST, "--element", "license", "--source", "Oregon Medical Board",
                "--date", "2026-10-02", "--verifier", "R. Alvarez", "--seen", "active, expires 02/28/2027");
        assertThat(verified.exitCode()).as(verified.err()).isZero();

        JsonNode july = importJson(roster("july.csv", row(LINDQVIST, "Lindqvist", "2027-05-31")));
        assertThat(july.get("updated")).isEmpty();
        assertThat(july.get("conflicts")).singleElement().satisfies(c -> {
            assertThat(c.get("field").asText()).isEqualTo("licenseExpires");
            assertThat(c.get("current").asText()).isEqualTo("2027-02-28");
            assertThat(c.get("source").asText()).isEqualTo("verified:LICENSE");
            assertThat(c.get("by").asText()).isEqualTo("R. Alvarez");
            assertThat(c.get("origin").asText())
                    .isEqualTo("verified at Oregon Medical Board by R. Alvarez on 10/02/2026");
        });
        assertThat(licenseExpiry(LINDQVIST)).isEqualTo("2027-02-28");
        assertThat(importJson(roster("july2.csv", row(LINDQVIST, "Lindqvist", "2027-05-31"))).get("conflicts"))
                .as("and again on the next import").hasSize(1);
    }

    @Test
    void fieldsAVerificationDidNotSeeStillFollowTheRoster() throws Exception {
        importJson(roster("june.csv", row(LINDQVIST, "Lindqvist", "2027-02-28")));
        run("verify", LINDQVIST, "--element", "license", "--source", "Oregon Medical Board", "--date", "2026-10-02",
                "--verifier", "R. Alvarez");
        Path july = dir.resolve("july.csv");
        Files.writeString(july, HEADER + LINDQVIST + ",Lindqvist,Ada,1979-04-12,OR,MD-77120,2027-02-28,,DO\n");
        JsonNode r = importJson(july);
        assertThat(r.get("conflicts")).isEmpty();
        assertThat(r.get("updated")).extracting(JsonNode::asText).containsExactly(LINDQVIST);
    }

    @Test
    void aValueChangedAfterTheVerificationByAnAcceptedRosterIsNoLongerProtectedByIt() throws Exception {
        importJson(roster("june.csv", row(OKAFOR, "Okafor", "2027-06-30")));
        run("verify", OKAFOR, "--element", "license", "--source", "Oregon Medical Board", "--date", "2026-10-02",
                "--verifier", "R. Alvarez");
        // the person took the roster's value over the verified one (the window's "take incoming")
        var ctx = org.creddesk.app.AppContext.open(dir.resolve("desk.db"),
                Clock.fixed(Instant.parse("2026-10-20T09:00:00Z"), ZoneOffset.UTC));
        try (var f = ctx.rosterImporter().open(roster("july.csv", row(OKAFOR, "Okafor", "2027-12-31")), null, null)) {
            f.useSource("Bayside IPA");
            var report = ctx.rosterImporter().apply(f, org.creddesk.roster.Resolutions.byPerson()
                    .use(2, org.creddesk.roster.RosterField.LICENSE_EXPIRES, "2027-12-31"), org.creddesk.domain.Progress.NONE);
            assertThat(report.conflicts()).hasSize(1);
        } finally {
            ctx.close();
        }
        day = 30;
        assertThat(licenseExpiry(OKAFOR)).isEqualTo("2027-12-31");
        JsonNode august = importJson(roster("august.csv", row(OKAFOR, "Okafor", "2028-01-31")));
        assertThat(august.get("conflicts")).as("what the verification saw is gone").isEmpty();
        assertThat(licenseExpiry(OKAFOR)).isEqualTo("2028-01-31");
    }

    @Test
    void providersSetRefusesBadInputAndChangesNothing() throws Exception {
        importJson(roster("june.csv", row(OKAFOR, "Okafor", "2027-06-30")));
        CliRun badDate = run("providers", "set", OKAFOR, "licenseExpires=31/02/2027");
        assertThat(badDate.exitCode()).isEqualTo(1);
        assertThat(badDate.err()).contains("licenseExpires: '31/02/2027' is not a date");
        CliRun unknown = run("providers", "set", OKAFOR, "shoeSize=12");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("'shoeSize=12' is not FIELD=VALUE with a known field").contains("licenseExpires");
        CliRun badNpi = run("providers", "set", OKAFOR, "npi=1234567890");
        assertThat(badNpi.exitCode()).isEqualTo(1);
        CliRun missing = run("providers", "set", "1992000038", "lastName=Nobody");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(licenseExpiry(OKAFOR)).isEqualTo("2027-06-30");
        CliRun cleared = run("providers", "set", OKAFOR, "degree=", "--json");
        assertThat(cleared.exitCode()).as(cleared.err()).isZero();
        assertThat(cleared.json().get("changed")).singleElement()
                .satisfies(c -> assertThat(c.get("field").asText()).isEqualTo("degree"));
    }

    @Test
    void theSameNameAndBirthDateWithAnotherNpiIsAConflictNotAnUpdate() throws Exception {
        importJson(roster("june.csv", row(OKAFOR, "Okafor", "2027-06-30")));
        JsonNode july = importJson(roster("july.csv", row("1992000038", "Okafor", "2027-06-30")));
        assertThat(july.get("added")).as("matched by name and date of birth").isEmpty();
        assertThat(july.get("updated")).isEmpty();
        assertThat(july.get("conflicts")).singleElement().satisfies(c -> {
            assertThat(c.get("npi").asText()).isEqualTo(OKAFOR);
            assertThat(c.get("field").asText()).isEqualTo("npi");
            assertThat(c.get("current").asText()).isEqualTo(OKAFOR);
            assertThat(c.get("incoming").asText()).isEqualTo("1992000038");
            assertThat(c.get("origin").asText()).contains("identifier");
        });
        assertThat(run("providers", "show", OKAFOR, "--json").exitCode()).as("the old NPI still finds the file").isZero();
        assertThat(run("providers", "show", "1992000038").exitCode()).isEqualTo(3);
    }

    @Test
    void aChangedCaqhIdOrBirthDateIsAConflictButAFirstOneIsNot() throws Exception {
        Path june = dir.resolve("june.csv");
        Files.writeString(june, "NPI,Last Name,First Name,DOB,CAQH ID\n" + LINDQVIST + ",Lindqvist,Ada,,\n");
        importJson(june);
        Path july = dir.resolve("july.csv");
        Files.writeString(july, "NPI,Last Name,First Name,DOB,CAQH ID\n" + LINDQVIST + ",Lindqvist,Ada,1979-04-12,14402211\n");
        JsonNode filled = importJson(july);
        assertThat(filled.get("conflicts")).as("filling in what was blank").isEmpty();
        assertThat(filled.get("updated")).hasSize(1);
        Path august = dir.resolve("august.csv");
        Files.writeString(august, "NPI,Last Name,First Name,DOB,CAQH ID\n" + LINDQVIST + ",Lindqvist,Ada,1979-12-04,14402299\n");
        JsonNode changed = importJson(august);
        assertThat(changed.get("conflicts")).extracting(c -> c.get("field").asText())
                .containsExactlyInAnyOrder("dateOfBirth", "caqhId");
        JsonNode shown = run("providers", "show", LINDQVIST, "--json").json();
        assertThat(shown.get("caqhId").asText()).isEqualTo("14402211");
        assertThat(shown.get("dateOfBirth").asText()).isEqualTo("1979-04-12");
    }
}
