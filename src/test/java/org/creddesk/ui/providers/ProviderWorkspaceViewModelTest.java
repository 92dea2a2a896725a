package org.creddesk.ui.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.domain.License;
import org.creddesk.domain.Problem;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.ui.common.ScriptedDesktopFiles;
import org.creddesk.ui.common.TestPdf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace view model on a real SQLite file, without the FX toolkit (tasks run at once). */
class ProviderWorkspaceViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    AppContext app;
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    ScriptedDesktopFiles files = new ScriptedDesktopFiles();
    ProviderWorkspaceViewModel vm;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        Messages messages = Messages.forLocale(Locale.US);
        vm = new ProviderWorkspaceViewModel(app.providers(), app.manualChange(), tasks, messages,
                new DocumentsViewModel(app.documents(), app.manualChange(), tasks, messages, files));
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(tasks.failures()).isEmpty();
    }

    private void type(String field, String text) {
        vm.form().value(field).set(text);
    }

    private ProviderFile newValidProvider(String npi) {
        vm.startNew();
        type("lastName", "Quillfeather");
        type("firstName", "Ada");
        type("npi", npi);
        assertThat(vm.save()).isTrue();
        return app.providers().findByNpi(npi).orElseThrow();
    }

    @Test
    void historyNamesRecordsAndFieldsWithoutLabelsInWords() {
        assertThat(HistoryModel.words("statusOn")).isEqualTo("Status on");
        assertThat(HistoryModel.words("payerId")).isEqualTo("Payer id");
        assertThat(HistoryModel.words("enrollment transition")).isEqualTo("Enrollment transition");
        assertThat(HistoryModel.words("npi")).isEqualTo("Npi");
        assertThat(HistoryModel.words("caqhID")).isEqualTo("Caqh ID");
    }

    @Test
    void aBadNpiIsShownBesideTheFieldRefusedAndKeptAsTyped() {
        vm.startNew();
        type("lastName", "Quillfeather");
        type("firstName", "Ada");
        type("npi", "1234567890");

        assertThat(vm.form().error("npi").get()).isEqualTo("NPI check digit is wrong: check for a typo");
        assertThat(vm.canSave().get()).isFalse();
        assertThat(vm.save()).isFalse();
        assertThat(vm.noticeProperty().get()).startsWith("Not saved: 1 problem(s)").contains("NPI");
        assertThat(app.providers().isEmpty()).isTrue();
        assertThat(vm.form().value("npi").get()).isEqualTo("1234567890");

        type("npi", "1234567893");
        assertThat(vm.form().error("npi").get()).isEmpty();
        assertThat(vm.canSave().get()).isTrue();
        assertThat(vm.save()).isTrue();
        ProviderFile saved = app.providers().findByNpi("1234567893").orElseThrow();
        assertThat(saved.provider().lastName()).isEqualTo("Quillfeather");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.history().rows()).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("npi");
            assertThat(r.newValue()).isEqualTo("1234567893");
            assertThat(r.source()).isEqualTo("manual");
        });
        assertThat(vm.history().describe(saved.id(), "npi")).startsWith("Set by ").contains("via manual");
    }

    @Test
    void anUnreadableDateIsAProblemAndTheTextStays() {
        vm.startNew();
        type("dateOfBirth", "31/02/1980");
        assertThat(vm.form().error("dateOfBirth").get()).isEqualTo("Not a date: use MM/DD/YYYY");
        assertThat(vm.form().value("dateOfBirth").get()).isEqualTo("31/02/1980");
        type("dateOfBirth", "1980-02-29");
        assertThat(vm.form().error("dateOfBirth").get()).isEmpty();
    }

    @Test
    void aLicenseExpiringBeforeItsIssueIsReportedForItsRowAndBlocksSaving() {
        ProviderFile saved = newValidProvider("1234567893");
        License bad = new License(vm.newRowId(), saved.id(), "MA", "MD", "003806", LocalDate.of(2025, 1, 1),
                LocalDate.of(2024, 1, 1), "Active");
        List<Problem> rowProblems = vm.checkRow(ChildSections.LICENSES, -1, bad, new ArrayList<>());
        assertThat(rowProblems).extracting(Problem::field, Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("licenses[0].expires", "validation.dates.order"));

        vm.putRow(ChildSections.LICENSES, -1, bad);
        assertThat(vm.rowProblems(ChildSections.LICENSES))
                .containsExactly("Row 1, Expires: Must be after the issue or start date");
        assertThat(vm.canSave().get()).isFalse();

        License good = new License(bad.id(), saved.id(), "MA", "MD", "003806", LocalDate.of(2024, 1, 1),
                LocalDate.of(2027, 1, 31), "Active");
        vm.putRow(ChildSections.LICENSES, 0, good);
        assertThat(vm.rowProblems(ChildSections.LICENSES)).isEmpty();
        assertThat(vm.save()).isTrue();
        assertThat(app.providers().load(saved.id()).orElseThrow().licenses()).containsExactly(good);
    }

    @Test
    void aSecondProviderWithTheSameNpiIsRefusedBySave() {
        newValidProvider("1234567893");
        vm.startNew();
        type("lastName", "Other");
        type("firstName", "Person");
        type("npi", "1234567893");
        vm.save();
        assertThat(vm.form().error("npi").get()).isEqualTo("Another provider already has this NPI");
        assertThat(app.providers().count("", true)).isEqualTo(1);
    }

    @Test
    void retireAndReactivateKeepTheFile() {
        ProviderFile saved = newValidProvider("1679576722");
        vm.retire();
        assertThat(vm.retiredProperty().get()).isTrue();
        assertThat(app.providers().load(saved.id()).orElseThrow().provider().status()).isEqualTo(ProviderStatus.RETIRED);
        assertThat(app.providers().count("", false)).isZero();
        vm.reactivate();
        assertThat(app.providers().count("", false)).isEqualTo(1);
    }

    @Test
    void attachesExportsAndOpensADocumentForACredential() throws Exception {
        ProviderFile saved = newValidProvider("1003000126");
        vm.putRow(ChildSections.LICENSES, -1, new License(vm.newRowId(), saved.id(), "NY", "MD", "271234",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 6, 30), "Active"));
        assertThat(vm.save()).isTrue();
        DocumentsViewModel docs = vm.documents();
        Path pdf = TestPdf.write(dir.resolve("ny-license.pdf"));
        files.choose(pdf);
        docs.typeProperty().set("License copy");
        docs.credentialProperty().set(docs.credentials().get(1));
        docs.issuedProperty().set("01/01/2024");
        docs.expiresProperty().set("2027-06-30");
        docs.attach();

        ProviderFile stored = app.providers().load(saved.id()).orElseThrow();
        assertThat(stored.documents()).singleElement().satisfies(d -> {
            assertThat(d.credentialId()).isEqualTo(stored.licenses().get(0).id());
            assertThat(d.mediaType()).isEqualTo("application/pdf");
            assertThat(d.expires()).isEqualTo(LocalDate.of(2027, 6, 30));
        });
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.history().rows()).anySatisfy(r -> assertThat(r.newValue()).isEqualTo("ny-license.pdf"));

        Path exported = dir.resolve("exported.pdf");
        files.saveTo(exported);
        docs.export(docs.items().get(0));
        assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(pdf));

        docs.open(docs.items().get(0));
        assertThat(files.opened()).hasSize(1);
        assertThat(docs.noticeProperty().get()).startsWith("This computer cannot open the file directly");
    }

    @Test
    void attachingWaitsUntilANewProviderIsSaved() {
        vm.startNew();
        vm.documents().typeProperty().set("CV");
        assertThat(vm.documents().canAttach().get()).isFalse();
        vm.documents().attach();
        assertThat(vm.documents().noticeProperty().get()).isEqualTo("Save the new provider before attaching documents.");
    }
}
