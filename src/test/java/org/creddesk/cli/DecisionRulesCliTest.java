package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Education;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.WorkHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, items 3 to 5, at their boundaries through the CLI ({@code verify}, {@code decision}, {@code blocks}):
 * a lapsed credential refuses an approval (not a denial); a decision more than 30 days after recredentialing was
 * due is initial credentialing again; a current, verified board certification stands for training.
 */
class DecisionRulesCliTest {
    static final String NPI = "1992000046";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 15);

    @TempDir
    Path dir;

    /** A fictitious file: OR license expiring {@code licenseExpires}, a board certification, education, work. */
    void file(LocalDate licenseExpires, LocalDate boardExpires) {
        try (AppContext app = AppContext.open(dir.resolve("desk.db"),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
            String id = app.providers().newId();
            Provider p = new Provider(id, "Imani", null, "Castellanos", null, "MD", LocalDate.of(1981, 7, 9), "F",
                    null, null, null, NPI, null, null, null, null, null, null, "kim", null, ProviderStatus.ACTIVE);
            ProviderFile f = ProviderFile.of(p)
                    .withLicenses(List.of(new License(app.providers().newId(), id, "OR", "MD", "MD-40417",
                            LocalDate.of(2015, 1, 5), licenseExpires, "Active")))
                    .withBoardCertifications(List.of(new BoardCertification(app.providers().newId(), id,
                            "American Board of Internal Medicine", "Internal Medicine", LocalDate.of(2016, 8, 1),
                            boardExpires, "Certified")))
                    .withEducation(List.of(new Education(app.providers().newId(), id, "Residency", "OHSU", null,
                            "Internal Medicine", LocalDate.of(2012, 7, 1), LocalDate.of(2015, 6, 30))))
                    .withWorkHistory(List.of(new WorkHistory(app.providers().newId(), id, "Bayside IPA", null, null,
                            null, LocalDate.of(2015, 7, 1), null, null)))
                    .withMalpracticePolicies(List.of(new MalpracticePolicy(app.providers().newId(), id, "MedPro",
                            "MP-1", null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))));
            app.providerRepository().save(f, ChangeContext.manual("kim", "test"));
        }
    }

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("desk.db").toString()));
        all.addAll(List.of(args));
        return CliRun.with(Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                all.toArray(String[]::new));
    }

    void verify(String element, LocalDate on) {
        CliRun r = run("verify", NPI, "--element", element, "--source", "Primary source", "--date", on.toString(),
                "--verifier", "kim");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    void verifyAll(LocalDate on, String... elements) {
        for (String e : elements) {
            verify(e, on);
        }
    }

    CliRun decide(String outcome, LocalDate on) {
        return run("decision", NPI, "--" + outcome, "--date", on.toString());
    }

    @Test
    void aLicenseExpiredTheDayBeforeRefusesApprovalButNotDenialAndOnItsLastDayItPasses() {
        file(LocalDate.of(2026, 11, 30), LocalDate.of(2030, 12, 31));
        verifyAll(LocalDate.of(2026, 11, 20), "license", "education", "board_certification", "work_history",
                "malpractice_history", "sanctions");

        CliRun dayAfter = decide("approve", LocalDate.of(2026, 12, 1));
        assertThat(dayAfter.exitCode()).isEqualTo(4);
        assertThat(dayAfter.json().get("reasons")).extracting(JsonNode::asText)
                .containsExactly("OR license MD-40417 expired 11/30/2026, before 12/01/2026: renew it or record the renewal");
        assertThat(run("blocks", NPI, "--json").out()).contains("OR license MD-40417").contains("expired");
        assertThat(decide("deny", LocalDate.of(2026, 12, 1)).exitCode()).as("a denial may rest on a lapsed license")
                .isZero();
        CliRun lastDay = decide("approve", LocalDate.of(2026, 11, 30));
        assertThat(lastDay.exitCode()).as(lastDay.err()).isZero();
    }

    @Test
    void aFileWithoutAnyLicenseIsNotApproved() {
        file(LocalDate.of(2028, 1, 31), LocalDate.of(2030, 12, 31));
        try (AppContext app = AppContext.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            ProviderFile f = app.providers().findByNpi(NPI).orElseThrow();
            app.providerRepository().save(f.withLicenses(List.of()), ChangeContext.manual("kim", "test"));
        }
        verifyAll(LocalDate.of(2026, 12, 1), "education", "board_certification", "work_history",
                "malpractice_history", "sanctions");
        CliRun r = decide("approve", TODAY);
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("No state license on file: add it before approving");
    }

    @Test
    void recredentialingThirtyDaysLateStillCountsAndThirtyOneDaysLateIsInitialAgain() {
        file(LocalDate.of(2028, 1, 31), LocalDate.of(2030, 12, 31));
        verifyAll(LocalDate.of(2023, 10, 20), "license", "education", "board_certification", "work_history",
                "malpractice_history", "sanctions");
        assertThat(decide("approve", LocalDate.of(2023, 11, 1)).exitCode()).isZero();
        // recredentialing due 11/01/2026; the recredentialing checklist verifies neither education nor work history
        assertThat(run("checklist", "start", NPI, "recredentialing").exitCode()).isZero();
        verifyAll(LocalDate.of(2026, 11, 25), "license", "dea_cds", "board_certification", "malpractice_history",
                "sanctions");
        // the board stands for training; work history is what an initial credentialing adds (the checklist asks for
        // a DEA/CDS verification although the file holds none: verified as none held)
        CliRun late = decide("approve", LocalDate.of(2026, 12, 2));
        assertThat(late.exitCode()).isEqualTo(4);
        assertThat(late.json().get("reasons")).extracting(JsonNode::asText).containsExactly(
                "Recredentialing was due 11/01/2026; a decision on 12/02/2026 is 31 days later (more than 30), so it "
                        + "is initial credentialing again: the initial verifications apply",
                "Work history verification was verified 10/20/2023, 1139 days before 12/02/2026; at most 120 days "
                        + "are allowed");
        assertThat(run("blocks", NPI).out()).contains("Recredentialing is late").contains("Work history verification");

        CliRun inTime = decide("approve", LocalDate.of(2026, 12, 1));
        assertThat(inTime.exitCode()).as("30 days after the due date it is still recredentialing: " + inTime.err())
                .isZero();
    }

    @Test
    void aCurrentVerifiedBoardCertificationStandsForTraining() {
        file(LocalDate.of(2028, 1, 31), LocalDate.of(2030, 12, 31));
        verifyAll(LocalDate.of(2026, 12, 1), "license", "board_certification", "work_history", "malpractice_history",
                "sanctions");
        CliRun r = decide("approve", TODAY);
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void aLapsedOrStaleBoardCertificationDoesNotStandForTraining() {
        file(LocalDate.of(2028, 1, 31), LocalDate.of(2026, 12, 10));
        verifyAll(LocalDate.of(2026, 12, 1), "license", "board_certification", "work_history", "malpractice_history",
                "sanctions");
        CliRun lapsed = decide("approve", TODAY);
        assertThat(lapsed.exitCode()).isEqualTo(4);
        assertThat(lapsed.json().get("reasons")).extracting(JsonNode::asText).anySatisfy(
                t -> assertThat(t).startsWith("Board certification Internal Medicine (American Board of Internal Medicine) expired 12/10/2026")).anySatisfy(
                t -> assertThat(t).startsWith("Education and training verification has no primary-source verification"));
        CliRun beforeLapse = decide("approve", LocalDate.of(2026, 12, 10));
        assertThat(beforeLapse.exitCode()).as("on its last day the board still stands: " + beforeLapse.err()).isZero();
    }
}
