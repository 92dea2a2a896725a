package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header recognition by words and values on real CSV files: what a person opening an unseen roster gets. */
class HeaderMatchingTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    static final String ROWS = "1234567893,Müller,Anna,207Q00000X,AB1234563,OH,03/01/2019\n"
            + "1679576722,Nguyen,Minh,207R00000X,BN1234563,TX,2019-04-15\n"
            + "1003000126,O'Brien,Kate,208D00000X,AB1234563,MA,15-Jan-2020\n";

    @TempDir
    Path dir;

    private RosterFile open(AppContext ctx, String name, String content) throws Exception {
        Path file = RosterFixtures.csv(dir, name, StandardCharsets.UTF_8, false, content);
        return ctx.rosterImporter().open(file, null, null);
    }

    @Test
    void columnsWhoseHeadersSayNothingAreReadFromTheirValuesButOnlyAsDoubtful() throws Exception {
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), CLOCK);
             RosterFile f = open(ctx, "odd.csv", "Prov ID,Surname,Given,Code,Reg,Where,Since\n" + ROWS)) {
            MappingProposal p = f.proposal();
            MappingProposal.Column id = p.column(0).orElseThrow();
            assertThat(id.field()).isEqualTo(RosterField.NPI);
            assertThat(id.confident()).isFalse();
            assertThat(id.valueNote()).isEqualTo("3 of 3 pass the NPI check");
            assertThat(id.evidence()).isEqualTo("values: 1234567893, 1679576722, 1003000126 (3 of 3 pass the NPI check)");
            assertThat(p.column(3).orElseThrow().field()).isEqualTo(RosterField.TAXONOMY);
            assertThat(p.column(4).orElseThrow().field()).isEqualTo(RosterField.DEA_NUMBER);
            // states and dates are too common to name a field by themselves
            assertThat(p.column(5).orElseThrow().proposed()).isFalse();
            assertThat(p.column(6).orElseThrow().proposed()).isFalse();
            // doubtful columns are not used until a person says so; the names are
            assertThat(f.mapping().columns()).containsOnly(entry(1, RosterField.LAST_NAME),
                    entry(2, RosterField.FIRST_NAME));
        }
    }

    @Test
    void whenTwoColumnsClaimTheSameFieldTheValuesDecide() throws Exception {
        String content = "NPI,Last Name,First Name,NPI\n"
                + "12-3456789,Müller,Anna,1234567893\n"
                + "98-7654321,Nguyen,Minh,1679576722\n"
                + "11-2223333,O'Brien,Kate,1003000126\n";
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), CLOCK); RosterFile f = open(ctx, "two.csv", content)) {
            assertThat(f.mapping().columnOf(RosterField.NPI)).contains(3);
            assertThat(f.proposal().column(0).orElseThrow().proposed()).isFalse();
            ImportReport r = ctx.rosterImporter().preview(f, Progress.NONE);
            assertThat(r.npis(RowStatus.NEW)).containsExactly("1234567893", "1679576722", "1003000126");
        }
    }

    @Test
    void abbreviatedPayerHeadersUnderTitleRowsImportWithoutAMapping() throws Exception {
        String content = "Acme Health Plan - Delegated Provider Roster\nAs of 11/01/2026\n\n"
                + "Prov Last Nm,Prov First Nm,Rendering NPI #,OH Lic #,Lic Exp Dt,Spec Tax Cd,Accepting New Pts\n"
                + "Müller,Anna,1234567893,35.123456,03/31/2027,207Q00000X,Y\n"
                + "Nguyen,Minh,1679576722,35.654321,2027-06-30,207R00000X,N\n";
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), CLOCK);
             RosterFile f = open(ctx, "acme.csv", content)) {
            assertThat(f.header().number()).isEqualTo(4);
            assertThat(f.mapping().columns()).containsExactly(entry(0, RosterField.LAST_NAME),
                    entry(1, RosterField.FIRST_NAME), entry(2, RosterField.NPI), entry(3, RosterField.LICENSE_NUMBER),
                    entry(4, RosterField.LICENSE_EXPIRES), entry(5, RosterField.TAXONOMY),
                    entry(6, RosterField.ACCEPTING_NEW_PATIENTS));
            ctx.rosterImporter().apply(f, Resolutions.KEEP_ALL, Progress.NONE);
            var stored = ctx.providers().findByNpi("1679576722").orElseThrow();
            assertThat(stored.licenses().get(0).number()).isEqualTo("35.654321");
            assertThat(stored.licenses().get(0).expires()).hasToString("2027-06-30");
            assertThat(stored.taxonomies().get(0).code()).isEqualTo("207R00000X");
        }
    }

    @Test
    void aMappingThePersonConfirmedStaysTheFirstChoiceForTheLayout() throws Exception {
        String content = "Last Name,First Name,Middle,NPI\nMüller,Anna,Marie,1234567893\n";
        try (AppContext ctx = AppContext.open(dir.resolve("c.db"), CLOCK)) {
            try (RosterFile f = open(ctx, "march.csv", content)) {
                assertThat(f.mapping().columnOf(RosterField.MIDDLE_NAME)).contains(2);
                // the person says "Middle" is the suffix in this payer's files
                f.useMapping(f.mapping().withColumn(2, RosterField.SUFFIX));
                ctx.rosterImporter().apply(f, Resolutions.KEEP_ALL, Progress.NONE);
            }
            try (RosterFile f = open(ctx, "april.csv", content)) {
                assertThat(f.proposal().column(2).orElseThrow().field()).isEqualTo(RosterField.MIDDLE_NAME);
                assertThat(f.mapping().columns()).containsEntry(2, RosterField.SUFFIX)
                        .doesNotContainValue(RosterField.MIDDLE_NAME);
            }
        }
    }
}
