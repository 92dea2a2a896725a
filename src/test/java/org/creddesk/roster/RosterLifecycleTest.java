package org.creddesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creddesk.roster.RosterFixtures.NPI_MULLER;
import static org.creddesk.roster.RosterFixtures.NPI_NGUYEN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.License;
import org.creddesk.domain.Progress;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.Provider;
import org.creddesk.store.LaterEdit;
import org.creddesk.store.LaterEditsException;
import org.creddesk.store.UndoMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conflicts with hand edits, missing providers, undo, and the round trip through export. */
class RosterLifecycleTest {
    static final String HEADER = "Rendering NPI,Last Name,First Name,DOB,Degree,Lic State,Lic #,Lic Exp,Action\n";

    @TempDir
    Path dir;
    TestClock clock = new TestClock(Instant.parse("2026-11-23T15:00:00Z"));
    AppContext ctx;
    RosterImporter importer;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir.resolve("creddesk.db"), clock);
        importer = ctx.rosterImporter();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    Path roster(String name, String rows) throws Exception {
        return RosterFixtures.csv(dir, name, StandardCharsets.UTF_8, false, HEADER + rows);
    }

    static final String MULLER_2027 = NPI_MULLER + ",Müller,Anna,02/29/1980,MD,MA,003806,03/15/2027,Add\n";
    static final String NGUYEN = NPI_NGUYEN + ",Nguyễn,Thị Minh,06/01/1975,DO,TX,0012345,01/31/2028,Add\n";

    ImportReport apply(Path file, Resolutions resolutions) {
        clock.advance(Duration.ofMinutes(5));
        try (RosterFile f = importer.open(file, null, null)) {
            f.useSource("acme");
            return importer.apply(f, resolutions, Progress.NONE);
        }
    }

    ProviderFile stored(String npi) {
        return ctx.providers().findByNpi(npi).orElseThrow();
    }

    void editExpiryByHand(String npi, LocalDate expires, String source) {
        clock.advance(Duration.ofMinutes(5));
        ProviderFile f = stored(npi);
        License l = f.licenses().get(0);
        ctx.providerRepository().save(f.withLicenses(List.of(new License(l.id(), l.providerId(), l.state(), l.type(),
                l.number(), l.issued(), expires, l.status()))), ctx.manualChange().withSource(source));
    }

    @Test
    void handEditedValueIsAConflictNotOverwrittenAndOtherChangesApply() throws Exception {
        apply(roster("march.csv", MULLER_2027 + NGUYEN), Resolutions.KEEP_ALL);
        editExpiryByHand(NPI_MULLER, LocalDate.of(2029, 3, 15), "manual");
        Path april = roster("april.csv", NPI_MULLER + ",Müller,Anna,02/29/1980,DO,MA,003806,03/15/2028,Update\n");

        ImportReport report = apply(april, Resolutions.KEEP_ALL);

        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.npi()).isEqualTo(NPI_MULLER);
            assertThat(c.field()).isEqualTo(RosterField.LICENSE_EXPIRES);
            assertThat(c.current()).isEqualTo("2029-03-15");
            assertThat(c.incoming()).isEqualTo("2028-03-15");
            assertThat(c.source()).isEqualTo("manual");
        });
        assertThat(report.npis(RowStatus.CHANGED)).containsExactly(NPI_MULLER);
        assertThat(report.missing()).as("absent from the new roster, never deleted").containsExactly(NPI_NGUYEN);
        assertThat(ctx.providers().findByNpi(NPI_NGUYEN)).isPresent();
        ProviderFile muller = stored(NPI_MULLER);
        assertThat(muller.licenses().get(0).expires()).isEqualTo(LocalDate.of(2029, 3, 15));
        assertThat(muller.provider().degree()).isEqualTo("DO");
    }

    @Test
    void aResolvedConflictTakesThePersonsValue() throws Exception {
        apply(roster("march.csv", MULLER_2027), Resolutions.KEEP_ALL);
        editExpiryByHand(NPI_MULLER, LocalDate.of(2029, 3, 15), "manual");
        Path april = roster("april.csv", NPI_MULLER + ",Müller,Anna,02/29/1980,MD,MA,003806,03/15/2028,Update\n");
        ImportReport report = apply(april, Resolutions.byPerson().use(2, RosterField.LICENSE_EXPIRES, "2028-03-15"));
        assertThat(report.conflicts()).hasSize(1);
        assertThat(stored(NPI_MULLER).licenses().get(0).expires()).isEqualTo(LocalDate.of(2028, 3, 15));
    }

    @Test
    void aHandEditStaysProtectedWhenARosterLaterAgreesWithIt() throws Exception {
        apply(roster("march.csv", MULLER_2027), Resolutions.KEEP_ALL);
        editExpiryByHand(NPI_MULLER, LocalDate.of(2029, 3, 15), "manual");
        ImportReport april = apply(roster("april.csv",
                NPI_MULLER + ",Müller,Anna,02/29/1980,MD,MA,003806,03/15/2029,Update\n"), Resolutions.KEEP_ALL);
        assertThat(april.conflicts()).as("the roster agrees: nothing to ask").isEmpty();
        ImportReport may = apply(roster("may.csv", NPI_MULLER + ",Müller,Anna,02/29/1980,MD,MA,003806,03/15/2030,\n"),
                Resolutions.KEEP_ALL);
        assertThat(may.conflicts()).as("the value is still the one a person typed")
                .singleElement().satisfies(c -> assertThat(c.incoming()).isEqualTo("2030-03-15"));
        assertThat(stored(NPI_MULLER).licenses().get(0).expires()).isEqualTo(LocalDate.of(2029, 3, 15));
    }

    @Test
    void undoRefusesWhenAFieldItWroteWasEditedSinceAndChangesNothing() throws Exception {
        apply(roster("march.csv", MULLER_2027), Resolutions.KEEP_ALL);
        ImportReport april = apply(roster("april.csv",
                NPI_MULLER + ",Müller,Anna,02/29/1980,DO,MA,003806,03/15/2028,Update\n"), Resolutions.KEEP_ALL);
        editExpiryByHand(NPI_MULLER, LocalDate.of(2029, 3, 15), "verified:MA board");

        assertThat(importer.laterEdits(april.importId())).singleElement().satisfies(e -> {
            assertThat(e.entity()).isEqualTo("license");
            assertThat(e.field()).isEqualTo("expires");
            assertThat(e.importValue()).isEqualTo("2028-03-15");
            assertThat(e.currentValue()).isEqualTo("2029-03-15");
            assertThat(e.source()).isEqualTo("verified:MA board");
        });
        long logBefore = ctx.changeLog().forProvider(stored(NPI_MULLER).id()).size();
        assertThatThrownBy(() -> importer.undo(april.importId())).isInstanceOf(LaterEditsException.class)
                .satisfies(t -> assertThat(((LaterEditsException) t).edits()).hasSize(1));
        assertThat(stored(NPI_MULLER).provider().degree()).as("nothing undone").isEqualTo("DO");
        assertThat(ctx.changeLog().forProvider(stored(NPI_MULLER).id())).hasSize((int) logBefore);
        assertThat(importer.imports().get(0).undoneAt()).isNull();
    }

    @Test
    void undoCanKeepOrDiscardTheLaterEdits() throws Exception {
        apply(roster("march.csv", MULLER_2027), Resolutions.KEEP_ALL);
        ImportReport april = apply(roster("april.csv",
                NPI_MULLER + ",Müller,Anna,02/29/1980,DO,MA,003806,03/15/2028,Update\n" + NGUYEN), Resolutions.KEEP_ALL);
        editExpiryByHand(NPI_MULLER, LocalDate.of(2029, 3, 15), "manual");
        editExpiryByHand(NPI_NGUYEN, LocalDate.of(2030, 1, 31), "manual");

        importer.undo(april.importId(), UndoMode.KEEP_LATER_EDITS);
        ProviderFile muller = stored(NPI_MULLER);
        assertThat(muller.provider().degree()).as("the import's own change is undone").isEqualTo("MD");
        assertThat(muller.licenses().get(0).expires()).as("the hand edit stays").isEqualTo(LocalDate.of(2029, 3, 15));
        assertThat(ctx.providers().findByNpi(NPI_NGUYEN)).as("created by the import, worked on since: kept")
                .isPresent();

        ImportReport may = apply(roster("may.csv",
                NPI_MULLER + ",Müller,Anna,02/29/1980,DO,MA,003806,03/15/2029,Update\n"), Resolutions.KEEP_ALL);
        clock.advance(Duration.ofMinutes(5));
        ProviderFile before = stored(NPI_MULLER);
        Provider p = before.provider();
        ctx.providerRepository().save(before.withProvider(new Provider(p.id(), p.firstName(), p.middleName(),
                p.lastName(), p.suffix(), "PA", p.dateOfBirth(), p.gender(), p.languages(), p.email(), p.phone(),
                p.npi(), p.caqhId(), p.caqhAttestedOn(), p.medicarePtan(), p.groupNpi(), p.tin(), p.upin(),
                p.coordinator(), p.attestationSignedOn(), p.status())), ctx.manualChange());
        assertThat(importer.laterEdits(may.importId())).extracting(LaterEdit::field).containsExactly("degree");

        importer.undo(may.importId(), UndoMode.DISCARD_LATER_EDITS);
        muller = stored(NPI_MULLER);
        assertThat(muller.provider().degree()).as("the value before the import").isEqualTo("MD");
        assertThat(ctx.changeLog().forProvider(muller.id())).as("the discarded edit stays in the audit trail")
                .anySatisfy(e -> assertThat(e.changes()).anySatisfy(c -> assertThat(c.newValue()).isEqualTo("PA")));
    }

    @Test
    void undoRestoresPreviousValuesThenRemovesWhatTheImportCreated() throws Exception {
        ImportReport march = apply(roster("march.csv", MULLER_2027 + NGUYEN), Resolutions.KEEP_ALL);
        ImportReport april = apply(roster("april.csv",
                NPI_MULLER + ",Müller,Anna,02/29/1980,DO,MA,003806,03/15/2028,Update\n" + NGUYEN), Resolutions.KEEP_ALL);
        assertThat(stored(NPI_MULLER).provider().degree()).isEqualTo("DO");

        String undoOp = importer.undo(april.importId());
        ProviderFile muller = stored(NPI_MULLER);
        assertThat(muller.provider().degree()).isEqualTo("MD");
        assertThat(muller.licenses().get(0).expires()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(ctx.changeLog().forOperation(undoOp)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.source()).startsWith("undo:roster-import:"));
        assertThatThrownBy(() -> importer.undo(april.importId())).isInstanceOf(IllegalStateException.class);

        importer.undo(march.importId());
        assertThat(ctx.providers().findByNpi(NPI_MULLER)).isEmpty();
        assertThat(ctx.providers().findByNpi(NPI_NGUYEN)).isEmpty();
        List<AuditEntry> history = ctx.changeLog().forProvider(muller.id());
        assertThat(history).last().satisfies(e -> assertThat(e.action().name()).isEqualTo("DELETE"));
        assertThat(importer.imports()).allSatisfy(r -> assertThat(r.undoneAt()).isNotNull());
    }

    @Test
    void termRowRecordsTerminationWithoutDeleting() throws Exception {
        apply(roster("march.csv", MULLER_2027 + NGUYEN), Resolutions.KEEP_ALL);
        ImportReport april = apply(roster("april.csv", MULLER_2027.replace(",Add", ",Term") + NGUYEN),
                Resolutions.KEEP_ALL);
        assertThat(april.outcomes()).filteredOn(o -> NPI_MULLER.equals(o.npi())).singleElement()
                .satisfies(o -> assertThat(o.changes()).extracting(FieldDiff::field)
                        .containsExactly(RosterField.TERMINATION_DATE));
        assertThat(ctx.providers().findByNpi(NPI_MULLER)).isPresent();
        ImportReport may = apply(roster("may.csv", NGUYEN), Resolutions.KEEP_ALL);
        assertThat(may.missing()).as("a terminated provider is not missing").isEmpty();
    }
}
