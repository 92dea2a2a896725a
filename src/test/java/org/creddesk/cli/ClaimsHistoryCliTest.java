package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ClaimStatus;
import org.creddesk.domain.Ids;
import org.creddesk.domain.MalpracticeClaim;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.workflow.DeadlineSettings;
import org.creddesk.workflow.DeadlineSettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fictitious provider's malpractice claims history through the CLI: which claims the 5-year window covers in
 * {@code providers show}, in a malpractice-history verification and in the packet's profile, and the window
 * following the claimsHistoryYears setting. Today is 2026-11-23 (CliRun.CLOCK): the window starts 2021-11-23.
 */
class ClaimsHistoryCliTest {
    static final String NPI = "1679576722";

    @TempDir
    Path dir;

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("creddesk.db").toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    void provider() {
        try (AppContext app = AppContext.open(dir.resolve("creddesk.db"), CliRun.CLOCK)) {
            String id = Ids.newId();
            Provider p = new Provider(id, "Sam", null, "Brightwater", null, "MD", LocalDate.of(1975, 5, 5), null, null,
                    null, null, NPI, null, null, null, null, null, null, null, null, ProviderStatus.ACTIVE);
            ProviderFile f = ProviderFile.of(p)
                    .withTaxonomies(List.of(new ProviderTaxonomy(Ids.newId(), id, "207R00000X", null, true)))
                    .withMalpracticeClaims(List.of(
                            claim(id, LocalDate.of(2021, 11, 23), ClaimStatus.DISMISSED, null, "First day inside"),
                            claim(id, LocalDate.of(2021, 11, 22), ClaimStatus.CLOSED_NO_PAYMENT, null, "Day before"),
                            claim(id, LocalDate.of(2024, 6, 1), ClaimStatus.CLOSED_PAID, new BigDecimal("85000.00"),
                                    "Medication dosing error")));
            assertThat(app.providers().save(f, app.manualChange()).saved()).isTrue();
        }
    }

    static MalpracticeClaim claim(String pid, LocalDate on, ClaimStatus status, BigDecimal amount, String what) {
        return new MalpracticeClaim(Ids.newId(), pid, on, status, amount, what + " (fictitious)", "Coverys", "PL-12");
    }

    @Test
    void theWindowOfTheLastFiveYearsIsShownTheVerifiedAndPrinted() throws Exception {
        provider();
        JsonNode show = run("providers", "show", NPI, "--json").json();
        assertThat(show.get("claimsHistorySince").asText()).isEqualTo("2021-11-23");
        JsonNode claims = show.get("malpracticeClaims");
        assertThat(claims).hasSize(3);
        assertThat(claims).extracting(c -> c.get("claimDate").asText() + " " + c.get("inHistoryWindow").asBoolean())
                .containsExactlyInAnyOrder("2021-11-23 true", "2021-11-22 false", "2024-06-01 true");
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.get("status").asText()).isEqualTo("closed_paid");
            assertThat(c.get("amount").decimalValue()).isEqualByComparingTo("85000");
        });

        CliRun verified = run("verify", NPI, "--element", "malpractice_history", "--source", "NPDB",
                "--date", "2026-11-23", "--verifier", "jlee", "--seen", "2 reports");
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        JsonNode v = verified.json();
        assertThat(v.get("claimsHistorySince").asText()).isEqualTo("2021-11-23");
        assertThat(v.get("claimsInWindow")).extracting(c -> c.get("claimDate").asText())
                .containsExactly("2024-06-01", "2021-11-23");
        assertThat(v.get("olderClaims").asInt()).isEqualTo(1);
        CliRun earlier = run("verify", NPI, "--element", "malpractice_history", "--source", "Coverys",
                "--date", "2026-11-21", "--verifier", "jlee");
        assertThat(earlier.json().get("claimsInWindow")).as("the window counts back from the verification date")
                .extracting(c -> c.get("claimDate").asText()).containsExactly("2024-06-01", "2021-11-23",
                        "2021-11-22");

        Path pdf = dir.resolve("packet.pdf");
        CliRun packet = run("packet", NPI, "--out", pdf.toString(), "--reason", "Test packet");
        assertThat(packet.exitCode()).as(packet.err()).isZero();
        String text = pdfText(pdf);
        assertThat(text).contains("Malpractice claims, last 5 years (since 11/23/2021)",
                "Closed, paid, $85,000.00, Coverys policy PL-12: Medication dosing error", "First day inside",
                "1 claim before the window, not listed");
        assertThat(text).doesNotContain("Day before");
    }

    @Test
    void theClaimsHistorySettingMovesTheWindow() throws Exception {
        provider();
        try (AppContext app = AppContext.open(dir.resolve("creddesk.db"), CliRun.CLOCK)) {
            DeadlineSettings d = DeadlineSettings.defaults();
            DeadlineSettings threeYears = new DeadlineSettings(d.expiryAlertDays(), d.recredentialingMonths(),
                    d.recredentialingWarnMonth(), d.recredentialingLateDays(), d.caqhDays(), d.caqhDaysByState(),
                    d.caqhWarnDays(), d.defaultReappointmentMonths(), d.medicareRevalidationYears(),
                    d.medicaidRevalidationYears(), d.revalidationWarnDays(), d.psvDays(), d.psvDaysBeforeCutover(),
                    d.psvCutover(), d.psvCvoCertificationDays(), d.psvWarnDays(), d.followUpWarnDays(),
                    d.enrollmentWarnDays(), d.informationRequestDays(), d.enrollmentSilenceDays(),
                    d.workHistoryYears(), d.gapExplanationMonths(), d.gapWrittenMonths(), d.screeningMonths(),
                    d.screeningWarnDays(), d.screeningAlertDays(), d.decisionNoticeDays(), d.dmeRevalidationYears(),
                    d.medicaidRevalidationYearsByState(), 3);
            new DeadlineSettingsStore(app.settings()).save(threeYears, app.manualChange());
        }
        JsonNode show = run("providers", "show", NPI, "--json").json();
        assertThat(show.get("claimsHistorySince").asText()).isEqualTo("2023-11-23");
        assertThat(show.get("malpracticeClaims")).filteredOn(c -> c.get("inHistoryWindow").asBoolean())
                .extracting(c -> c.get("claimDate").asText()).containsExactly("2024-06-01");
        Path pdf = dir.resolve("packet.pdf");
        assertThat(run("packet", NPI, "--out", pdf.toString(), "--reason", "Test packet").exitCode()).isZero();
        assertThat(pdfText(pdf)).contains("Malpractice claims, last 3 years (since 11/23/2023)",
                "2 claims before the window, not listed").doesNotContain("First day inside");
    }

    @Test
    void thePacketProfileNamesTheTaxonomyCodeInTheCodeSetsWords() throws Exception {
        provider();
        Path nucc = dir.resolve("nucc_taxonomy_251.csv");
        try (InputStream in = getClass().getResourceAsStream("/taxonomy/nucc_taxonomy_251.csv")) {
            Files.copy(in, nucc);
        }
        assertThat(run("taxonomy", "import", nucc.toString()).exitCode()).isZero();
        Path pdf = dir.resolve("packet.pdf");
        assertThat(run("packet", NPI, "--out", pdf.toString(), "--reason", "Test packet").exitCode()).isZero();
        assertThat(pdfText(pdf)).contains("207R00000X Internal Medicine Physician (primary)");
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
