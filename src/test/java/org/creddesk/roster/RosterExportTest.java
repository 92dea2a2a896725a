package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creddesk.roster.RosterFixtures.NPI_MULLER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.app.ExportSelection;
import org.creddesk.domain.Progress;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export through templates, the round trip (export then import changes nothing), and payer deltas. */
class RosterExportTest {
    @TempDir
    Path dir;
    TestClock clock = new TestClock(Instant.parse("2026-11-23T15:00:00Z"));
    AppContext ctx;
    RosterImporter importer;
    RosterExporter exporter;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir.resolve("creddesk.db"), clock);
        importer = ctx.rosterImporter();
        exporter = ctx.rosterExporter();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    ImportReport apply(Path file) {
        clock.advance(Duration.ofMinutes(1));
        try (RosterFile f = importer.open(file, null, null)) {
            return importer.apply(f, Resolutions.KEEP_ALL, Progress.NONE);
        }
    }

    @Test
    void sampleProvidersSurviveTheRoundTripThroughXlsxAndCsv() throws Exception {
        ctx.sampleData().load(Progress.NONE);
        int providers = ctx.providers().count(null, false);
        for (String name : List.of("full.xlsx", "full.csv")) {
            Path out = dir.resolve(name);
            RosterExporter.ExportResult result = exporter.exportAll(out, ExportTemplate.load("generic-full-roster"),
                    Progress.NONE);
            assertThat(result.rows()).isEqualTo(providers);
            ImportReport back = apply(out);
            assertThat(back.rejected()).isEmpty();
            assertThat(back.npis(RowStatus.NEW)).isEmpty();
            assertThat(back.outcomes()).filteredOn(o -> o.status() != RowStatus.UNCHANGED).isEmpty();
            assertThat(back.count(RowStatus.UNCHANGED)).isEqualTo(providers);
        }
    }

    @Test
    void messyImportRoundTripsAndTemplateFormatsApply() throws Exception {
        apply(RosterFixtures.messyXlsx(dir));
        Path tpl = dir.resolve("my-template.json");
        Files.writeString(tpl, ExportTemplate.shippedJson("generic-full-roster")
                .replace("\"MM/dd/yyyy\"", "\"yyyy-MM-dd\"").replace("\"Y/N\"", "\"Yes/No\""));
        Path out = dir.resolve("mine.csv");
        exporter.exportAll(out, ExportTemplate.load(tpl.toString()), Progress.NONE);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFNPI,Last Name,First Name");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(NPI_MULLER + ",Müller,Anna")
                .contains("1980-02-29").contains(",003806,").contains(",02134,").contains(",Yes"));
        ImportReport back = apply(out);
        assertThat(back.count(RowStatus.UNCHANGED)).isEqualTo(4);
        assertThat(back.rows()).isEqualTo(4);
    }

    @Test
    void payerDeltaListsAddsThenUpdatesThenTermsSinceTheLastExport() throws Exception {
        String header = "NPI,Last Name,First Name,Degree,Action\n";
        apply(RosterFixtures.csv(dir, "a.csv", StandardCharsets.UTF_8, false, header
                + NPI_MULLER + ",Müller,Anna,MD,Add\n" + RosterFixtures.NPI_NGUYEN + ",Nguyễn,Minh,DO,Add\n"));
        ExportTemplate delta = ExportTemplate.load("payer-delta");
        RosterExporter.ExportResult first = exporter.exportChangesSince(dir.resolve("d1.xlsx"), delta, "Aetna",
                Progress.NONE);
        assertThat(first.adds()).isEqualTo(2);
        assertThat(first.updates()).isZero();

        apply(RosterFixtures.csv(dir, "b.csv", StandardCharsets.UTF_8, false, header
                + NPI_MULLER + ",Müller,Anna,DO,Update\n" + RosterFixtures.NPI_NGUYEN + ",Nguyễn,Minh,DO,Term\n"));
        Path second = dir.resolve("d2.xlsx");
        RosterExporter.ExportResult delta2 = exporter.exportChangesSince(second, delta, "Aetna", Progress.NONE);
        assertThat(delta2.adds()).isZero();
        assertThat(delta2.updates()).isEqualTo(1);
        assertThat(delta2.terms()).isEqualTo(1);
        SpreadsheetReader reader = SpreadsheetFiles.open(second);
        assertThat(reader.sheetNames()).containsExactly("Adds", "Updates", "Terms");
        List<SheetRow> updates = new ArrayList<>();
        reader.read("Updates", updates::add);
        assertThat(updates.get(1).cells()).startsWith("Update", NPI_MULLER, "Müller", "Anna", "DO");
        List<SheetRow> terms = new ArrayList<>();
        reader.read("Terms", terms::add);
        assertThat(terms.get(1).cells().get(0)).isEqualTo("Term");

        RosterExporter.ExportResult none = exporter.exportChangesSince(dir.resolve("d3.csv"), delta, "Aetna",
                Progress.NONE);
        assertThat(none.rows()).isZero();
        assertThat(exporter.exportChangesSince(dir.resolve("other.csv"), delta, "Cigna", Progress.NONE).adds())
                .as("each payer has its own mark").isEqualTo(2);
    }

    @Test
    void aTemplateWithAnUnknownFieldIsRefusedClearly() throws Exception {
        Path tpl = dir.resolve("bad.json");
        Files.writeString(tpl, "{\"name\":\"bad\",\"columns\":[{\"header\":\"Shoe size\",\"field\":\"shoeSize\"}]}");
        assertThatThrownBy(() -> ExportTemplate.load(tpl.toString())).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("'Shoe size' names an unknown field 'shoeSize'");
    }

    @Test
    void termsCarryTheTerminationDateTheRosterGave() throws Exception {
        String header = "NPI,Last Name,First Name,Degree,Action,Term Date\n";
        apply(RosterFixtures.csv(dir, "a.csv", StandardCharsets.UTF_8, false, header
                + NPI_MULLER + ",Müller,Anna,MD,Add,\n" + RosterFixtures.NPI_NGUYEN + ",Nguyễn,Minh,DO,Add,\n"));
        ExportTemplate delta = ExportTemplate.load("payer-delta");
        exporter.exportChangesSince(dir.resolve("d1.csv"), delta, "Aetna", Progress.NONE);
        apply(RosterFixtures.csv(dir, "b.csv", StandardCharsets.UTF_8, false, header
                + NPI_MULLER + ",Müller,Anna,MD,,\n" + RosterFixtures.NPI_NGUYEN + ",Nguyễn,Minh,DO,Term,12/31/2026\n"));

        Path out = dir.resolve("d2.xlsx");
        assertThat(exporter.exportChangesSince(out, delta, "Aetna", Progress.NONE).terms()).isEqualTo(1);
        List<SheetRow> terms = new ArrayList<>();
        SpreadsheetFiles.open(out).read("Terms", terms::add);
        List<String> headers = terms.get(0).cells();
        assertThat(terms.get(1).cells().get(headers.indexOf("Term Date")))
                .as("the date the roster gave, not the export day").isEqualTo("12/31/2026");
    }

    @Test
    void aGroupOrAPayersEnrolledProvidersCanBeExportedAlone() throws Exception {
        apply(RosterFixtures.csv(dir, "a.csv", StandardCharsets.UTF_8, false, "NPI,Last Name,First Name,TIN\n"
                + NPI_MULLER + ",Müller,Anna,12-3456789\n" + RosterFixtures.NPI_NGUYEN + ",Nguyễn,Minh,98-7654321\n"
                + RosterFixtures.NPI_OBRIEN + ",O'Brien,Sean,12-3456789\n"));
        ExportTemplate full = ExportTemplate.load("generic-full-roster");

        List<String> group = new ExportSelection(ExportSelection.Kind.GROUP, "123456789").providerIds(ctx);
        assertThat(group).hasSize(2);
        Path groupFile = dir.resolve("group.csv");
        assertThat(exporter.exportProviders(groupFile, full, group, null, Progress.NONE).rows()).isEqualTo(2);
        assertThat(Files.readString(groupFile)).contains(NPI_MULLER, RosterFixtures.NPI_OBRIEN)
                .doesNotContain(RosterFixtures.NPI_NGUYEN);

        var manual = ctx.manualChange();
        Payer acme = ctx.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null, manual);
        String nguyen = ctx.providers().findByNpi(RosterFixtures.NPI_NGUYEN).orElseThrow().id();
        Enrollment e = ctx.enrollments().start(nguyen, acme.id(), "TX", null, EnrollmentStatus.SUBMITTED, manual);
        ctx.enrollments().move(e.id(), EnrollmentStatus.IN_PROCESS, LocalDate.of(2026, 10, 1), null, manual);
        ctx.enrollments().approve(e.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15), "AC-77", null, manual);

        ExportSelection enrolled = new ExportSelection(ExportSelection.Kind.ENROLLED_WITH, "Acme Health");
        Path payerFile = dir.resolve("acme.xlsx");
        Path tpl = dir.resolve("with-dates.json");
        Files.writeString(tpl, ExportTemplate.shippedJson("payer-delta").replace("\"kind\": \"delta\",", ""));
        exporter.exportProviders(payerFile, ExportTemplate.load(tpl.toString()), enrolled.providerIds(ctx),
                enrolled.payer(), Progress.NONE);
        List<SheetRow> rows = new ArrayList<>();
        SpreadsheetFiles.open(payerFile).read("Roster", rows::add);
        assertThat(rows).hasSize(2);
        List<String> headers = rows.get(0).cells();
        assertThat(rows.get(1).cells().get(headers.indexOf("Rendering NPI"))).isEqualTo(RosterFixtures.NPI_NGUYEN);
        assertThat(rows.get(1).cells().get(headers.indexOf("Effective Date"))).isEqualTo("11/15/2026");
    }
}
