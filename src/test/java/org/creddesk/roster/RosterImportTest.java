package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creddesk.roster.RosterFixtures.NPI_BAD;
import static org.creddesk.roster.RosterFixtures.NPI_MULLER;
import static org.creddesk.roster.RosterFixtures.NPI_NGUYEN;
import static org.creddesk.roster.RosterFixtures.NPI_OBRIEN;
import static org.creddesk.roster.RosterFixtures.NPI_SMITH;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.creddesk.app.AppContext;
import org.creddesk.domain.License;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Progress;
import org.creddesk.domain.ProviderFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterImportTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    AppContext ctx;
    RosterImporter importer;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir.resolve("creddesk.db"), CLOCK);
        importer = ctx.rosterImporter();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    ImportReport apply(Path file) {
        try (RosterFile f = importer.open(file, null, null)) {
            return importer.apply(f, Resolutions.KEEP_ALL, Progress.NONE);
        }
    }

    ProviderFile stored(String npi) {
        return ctx.providers().findByNpi(npi).orElseThrow();
    }

    @Test
    void messyWorkbookFindsSheetAndHeaderAndReportsEveryRowProblem() throws Exception {
        Path file = RosterFixtures.messyXlsx(dir);
        try (RosterFile f = importer.open(file, null, null)) {
            assertThat(f.sheet()).isEqualTo("Providers");
            assertThat(f.header().number()).isEqualTo(4);
            assertThat(f.mapping().columnOf(RosterField.LICENSE_NUMBER)).contains(6);
            assertThat(f.mapping().columnOf(RosterField.LICENSE_EXPIRES)).contains(7);
            ImportReport preview = importer.preview(f, Progress.NONE);
            assertThat(preview.rows()).isEqualTo(7);
            assertThat(preview.npis(RowStatus.NEW)).containsExactly(NPI_MULLER, NPI_NGUYEN, NPI_OBRIEN, NPI_SMITH);
            assertThat(preview.rejected()).extracting(RowIssue::row).containsExactly(8, 11, 12);
            RowIssue badNpi = preview.rejected().get(0);
            assertThat(badNpi.column()).isEqualTo("Rendering NPI");
            assertThat(badNpi.value()).isEqualTo(NPI_BAD);
            assertThat(badNpi.message()).contains("check digit");
            assertThat(preview.rejected().get(1).message()).isEqualTo("Missing required field 'Last Name'");
            assertThat(preview.rejected().get(2).message()).contains("appears twice").contains("row 5");
            assertThat(preview.warnings()).extracting(RowIssue::row, RowIssue::column, RowIssue::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(9, "Lic State", "ZZ"),
                            org.assertj.core.groups.Tuple.tuple(9, "Lic Exp", "02/31/2027"));
            assertThat(preview.warnings().get(1).message()).isEqualTo("'02/31/2027' is not a date");
        }
        assertThat(ctx.providers().isEmpty()).as("a preview writes nothing").isTrue();
    }

    @Test
    void appliedValuesAreNormalizedAsExcelUsersMeantThem() throws Exception {
        ImportReport report = apply(RosterFixtures.messyXlsx(dir));
        assertThat(report.importId()).isNotNull();
        ProviderFile muller = stored(NPI_MULLER);
        assertThat(muller.provider().lastName()).isEqualTo("Müller");
        assertThat(muller.provider().dateOfBirth()).isEqualTo(LocalDate.of(1980, 2, 29));
        License lic = muller.licenses().get(0);
        assertThat(lic.number()).isEqualTo("003806");
        assertThat(lic.state()).isEqualTo("MA");
        assertThat(lic.expires()).isEqualTo(LocalDate.of(2027, 3, 15));
        PracticeLocation loc = muller.locations().get(0);
        assertThat(loc.zip()).isEqualTo("02134");
        assertThat(loc.state()).isEqualTo("MA");
        assertThat(loc.phone()).isEqualTo("(617) 555-0100");
        assertThat(loc.acceptingNewPatients()).isTrue();

        ProviderFile nguyen = stored(NPI_NGUYEN);
        assertThat(nguyen.provider().lastName()).isEqualTo("Nguyễn");
        assertThat(nguyen.provider().firstName()).isEqualTo("Thị Minh");
        assertThat(nguyen.licenses().get(0).number()).isEqualTo("0012345");
        assertThat(nguyen.locations().get(0).address()).as("N/A is empty").isNull();

        ProviderFile obrien = stored(NPI_OBRIEN);
        assertThat(obrien.provider().lastName()).isEqualTo("O'Brien");
        assertThat(obrien.provider().dateOfBirth()).isEqualTo(LocalDate.of(1970, 4, 5));
        assertThat(obrien.licenses().get(0).expires()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(obrien.locations().get(0).zip()).isEqualTo("12207-1234");
        assertThat(obrien.locations().get(0).acceptingNewPatients()).isFalse();

        ProviderFile smith = stored(NPI_SMITH);
        assertThat(smith.licenses().get(0).state()).as("the bad cell is dropped, the row kept").isNull();
        assertThat(smith.licenses().get(0).expires()).isNull();

        assertThat(ctx.changeLog().forProvider(muller.id())).allSatisfy(e ->
                assertThat(e.source()).matches("roster:Acme Medical Group roster\\.xlsx#[0-9a-f]{12}"));
    }

    @Test
    void reimportIsUnchangedAndTheMappingIsRemembered() throws Exception {
        Path file = RosterFixtures.messyXlsx(dir);
        apply(file);
        ImportReport again = apply(file);
        assertThat(again.npis(RowStatus.UNCHANGED)).containsExactlyInAnyOrder(NPI_MULLER, NPI_NGUYEN, NPI_OBRIEN, NPI_SMITH);
        assertThat(again.npis(RowStatus.NEW)).isEmpty();
        assertThat(again.npis(RowStatus.CHANGED)).isEmpty();
        assertThat(importer.imports()).hasSize(2);
    }

    @Test
    void legacyXlsReadsTheSame() throws Exception {
        ImportReport report = apply(RosterFixtures.messyXls(dir));
        assertThat(report.npis(RowStatus.NEW)).containsExactly(NPI_MULLER, NPI_NGUYEN, NPI_OBRIEN, NPI_SMITH);
        assertThat(stored(NPI_MULLER).licenses().get(0).number()).isEqualTo("003806");
        assertThat(stored(NPI_MULLER).provider().dateOfBirth()).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(stored(NPI_NGUYEN).provider().lastName()).isEqualTo("Nguyễn");
    }

    @Test
    void cancelledImportKeepsNothing() throws Exception {
        Path file = RosterFixtures.messyXlsx(dir);
        Progress cancelAtEnd = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (RosterFile f = importer.open(file, null, null)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.apply(f, Resolutions.KEEP_ALL, cancelAtEnd))
                    .isInstanceOf(Progress.CancelledException.class);
        }
        assertThat(ctx.providers().isEmpty()).isTrue();
        assertThat(importer.imports()).isEmpty();
    }
}
