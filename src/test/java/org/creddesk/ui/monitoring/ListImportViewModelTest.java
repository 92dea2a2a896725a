package org.creddesk.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.creddesk.app.AppContext;
import org.creddesk.domain.monitoring.ListKind;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a list and writing the monthly report without the toolkit, on a real store and real list files. */
class ListImportViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    AppContext app;
    final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    final ScriptedDesktopFiles files = new ScriptedDesktopFiles();
    final AtomicInteger refreshed = new AtomicInteger();
    ListImportViewModel vm;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        app.providerRepository().saveAll(java.util.List.of(ReviewQueueFixture.provider("Vera", "Nonesuch",
                LocalDate.of(1990, 1, 1), org.creddesk.sample.SyntheticProviders.npi(41), "MA")), app.manualChange());
        vm = new ListImportViewModel(app.screening(), app.manualChange(), tasks, Messages.forLocale(Locale.ENGLISH),
                files, LocalDate.now(CLOCK), refreshed::incrementAndGet);
    }

    @AfterEach
    void close() {
        app.close();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ListImportViewModelTest.class.getResource("/monitoring/" + name).toURI());
    }

    @Test
    void theKindComesFromTheHeaderOfRealListFiles() throws Exception {
        files.choose(fixture("sam_exclusions_v4_exclusion-sample-csv-1.xlsx"));
        vm.chooseFile();
        assertThat(vm.messageProperty().get()).startsWith("SAM.gov").contains("full file: replaces the list");
        assertThat(vm.canImportProperty().get()).isTrue();

        Path supplement = dir.resolve("2611EXCL.csv");
        Files.copy(fixture("oig_leie_excl_supplements_2016-2023_business_rows.csv"), supplement);
        files.choose(supplement);
        vm.chooseFile();
        assertThat(vm.messageProperty().get()).startsWith("OIG LEIE").contains("monthly supplement: adds to the list");
        assertThat(app.screening().detect(supplement).kind()).isEqualTo(ListKind.SUPPLEMENT);
        assertThat(app.screening().detect(supplement).source()).isEqualTo(ListSource.LEIE);
    }

    @Test
    void aWrongFileSaysWhichColumnsAreExpectedAndCannotBeImported() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "Last Name,First Name,NPI\r\nQuill,Ada,1234567893\r\n", StandardCharsets.UTF_8);
        files.choose(roster);
        vm.chooseFile();
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("roster.csv has an unknown header",
                "Expected the OIG LEIE columns LASTNAME,FIRSTNAME,MIDNAME");
        assertThat(vm.canImportProperty().get()).isFalse();
        vm.importAndScreen();
        assertThat(vm.messageProperty().get()).startsWith("Choose a list file first");
        assertThat(app.screening().listVersions()).isEmpty();
    }

    @Test
    void importingScreensEveryoneWithTheDateThePersonGave() throws Exception {
        files.choose(fixture("oig_leie_excl_supplements_2016-2023_business_rows.csv"));
        vm.chooseFile();
        vm.downloadedOnProperty().set(LocalDate.of(2026, 11, 2));
        vm.importAndScreen();
        assertThat(tasks.failures()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Imported oig_leie_excl_supplements_2016-2023_business_rows"
                + ".csv: 355 rows (0 refused). Screened 1 provider");
        assertThat(app.screening().listVersions()).singleElement()
                .satisfies(v -> assertThat(v.downloadedOn()).isEqualTo(LocalDate.of(2026, 11, 2)));
        assertThat(refreshed).hasValue(1);
        assertThat(app.screening().runs()).hasSize(1);

        MonthlyReportViewModel report = new MonthlyReportViewModel(app.monitoringReports(), "rita", tasks,
                Messages.forLocale(Locale.ENGLISH), files.folder(dir.resolve("out")), YearMonth.of(2026, 11));
        assertThat(report.months()).startsWith(YearMonth.of(2026, 11), YearMonth.of(2026, 10)).hasSize(24);
        report.makeReport();
        assertThat(report.messageProperty().get()).startsWith("Report 2026-11: 5 files written to");
        assertThat(dir.resolve("out/monitoring-2026-11.xlsx")).exists();
    }

    @Test
    void aListCutShortIsRefusedThenImportedOnlyWithTheReasonThePersonGives() throws Exception {
        byte[] whole = Files.readAllBytes(fixture("oig_leie_excl_supplements_2016-2023_business_rows.csv"));
        Path full = Files.write(Files.createDirectories(dir.resolve("nov")).resolve("UPDATED.csv"), whole);
        files.choose(full);
        vm.chooseFile();
        vm.importAndScreen();
        assertThat(app.screening().listVersions()).hasSize(1);

        Path cut = Files.write(Files.createDirectories(dir.resolve("dec")).resolve("UPDATED.csv"),
                java.util.Arrays.copyOf(whole, whole.length * 6 / 10));
        files.choose(cut);
        vm.chooseFile();
        vm.importAndScreen();
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("UPDATED.csv was not imported, nothing changed: the file "
                + "looks cut short");
        assertThat(vm.confirmationProperty().get()).isNotNull()
                .satisfies(c -> assertThat(c.concerns()).hasSize(2));
        assertThat(app.screening().listVersions()).hasSize(1);
        assertThat(app.screening().runs()).hasSize(1);

        vm.confirmAndImport("   ");
        assertThat(app.screening().listVersions()).as("a blank reason imports nothing").hasSize(1);
        vm.declineConfirmation();
        assertThat(vm.confirmationProperty().get()).isNull();

        vm.importAndScreen();
        vm.confirmAndImport("OIG trimmed the list this month");
        assertThat(vm.confirmationProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).contains("Imported as confirmed (OIG trimmed the list this month) "
                + "although the file looks cut short");
        assertThat(app.screening().listVersions()).hasSize(2);
        assertThat(app.screening().runs()).hasSize(2);
    }
}
