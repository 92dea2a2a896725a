package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mappings: a person's correction is saved for the layout and reused; mapping files are read and checked. */
class ColumnMappingTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final String CONTENT = "Prov ID,Surname,Given,Cert Body\n1234567893,Müller,Anna,ABIM\n";

    @TempDir
    Path dir;

    @Test
    void aCorrectedMappingIsRememberedForTheSameLayout() throws Exception {
        Path file = RosterFixtures.csv(dir, "odd.csv", StandardCharsets.UTF_8, false, CONTENT);
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), CLOCK)) {
            RosterImporter importer = ctx.rosterImporter();
            try (RosterFile f = importer.open(file, null, null)) {
                assertThat(f.mapping().columns()).containsOnly(entry(1, RosterField.LAST_NAME),
                        entry(2, RosterField.FIRST_NAME));
                f.useMapping(f.mapping().withColumn(0, RosterField.NPI).withColumn(3, RosterField.BOARD));
                ImportReport r = importer.apply(f, Resolutions.KEEP_ALL, Progress.NONE);
                assertThat(r.npis(RowStatus.NEW)).containsExactly("1234567893");
            }
            Path next = RosterFixtures.csv(dir, "odd-april.csv", StandardCharsets.UTF_8, false, CONTENT);
            try (RosterFile f = importer.open(next, null, null)) {
                assertThat(f.mapping().columns()).containsValues(RosterField.NPI, RosterField.LAST_NAME,
                        RosterField.FIRST_NAME, RosterField.BOARD);
                assertThat(importer.preview(f, Progress.NONE).npis(RowStatus.UNCHANGED)).containsExactly("1234567893");
            }
            assertThat(ctx.providers().findByNpi("1234567893").orElseThrow().boardCertifications().get(0).board())
                    .isEqualTo("ABIM");
        }
    }

    @Test
    void aMappingFileMapsByHeaderAndUnknownFieldsAreRefused() throws Exception {
        Path file = RosterFixtures.csv(dir, "odd.csv", StandardCharsets.UTF_8, false, CONTENT);
        Path mapping = dir.resolve("odd-mapping.json");
        Files.writeString(mapping, "{\"name\":\"Odd Clinic\",\"columns\":{\"Prov ID\":\"npi\",\"Given\":\"firstName\","
                + "\"Cert Body\":\"\"}}");
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), CLOCK);
             RosterFile f = ctx.rosterImporter().open(file, null, mapping.toString())) {
            assertThat(f.mapping().name()).isEqualTo("Odd Clinic");
            assertThat(f.source()).isEqualTo("Odd Clinic");
            assertThat(f.mapping().columns()).containsEntry(0, RosterField.NPI).containsEntry(2, RosterField.FIRST_NAME)
                    .doesNotContainKey(3);
        }
        Files.writeString(mapping, "{\"columns\":{\"Prov ID\":\"npiNumber\"}}");
        assertThatThrownBy(() -> MappingFiles.read(mapping)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("'npiNumber' (for column 'Prov ID') is not a roster field");
    }

    @Test
    void anUnmappedLayoutIsOneClearMessage() throws Exception {
        Path file = RosterFixtures.csv(dir, "notes.csv", StandardCharsets.UTF_8, false, "a,b\n1,2\n");
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), CLOCK);
             RosterFile f = ctx.rosterImporter().open(file, null, null)) {
            assertThatThrownBy(() -> ctx.rosterImporter().preview(f, Progress.NONE))
                    .isInstanceOf(RosterFileException.class).hasMessage("notes.csv: no column is mapped to Last Name, "
                            + "First Name, NPI (header on row 1; columns not mapped: a, b); map the columns or give a "
                            + "mapping file (roster mapping suggest writes one to edit)");
        }
    }
}
