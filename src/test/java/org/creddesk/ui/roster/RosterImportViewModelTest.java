package org.creddesk.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.roster.RosterField;
import org.creddesk.roster.RowStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's whole path on a real store and real files, without the FX toolkit. */
class RosterImportViewModelTest {
    static final String NPI = "1234567893";

    @TempDir
    Path dir;
    AppContext ctx;
    final List<String> titles = new ArrayList<>();

    /** Runs every task at once on the test thread, as the shell's runner would on a worker. */
    final RosterBackground immediate = new RosterBackground() {
        @Override
        public <T> void run(String title, Work<T> work, Consumer<? super T> ok, Consumer<Throwable> failed) {
            titles.add(title);
            T result;
            try {
                result = work.call(Progress.NONE);
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            ok.accept(result);
        }
    };

    RosterImportViewModel wizard(Clock clock) {
        ctx = AppContext.open(dir.resolve("c.db"), clock);
        return new RosterImportViewModel(ctx.rosterImporter(), immediate);
    }

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    Path csv(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void chooseMapPreviewApplyAndUndo() throws Exception {
        RosterImportViewModel vm = wizard(Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC));
        Path file = csv("roster.csv", "Acme roster\n\nProv ID,Last Name,First Name,Lic Exp\n"
                + NPI + ",Müller,Anna,03/15/2027\n1234567890,Bad,Digit,01/01/2027\n1679576722,Nguyễn,Minh,02/31/2027\n");
        vm.open(file);
        assertThat(vm.stepProperty().get()).isEqualTo(RosterImportSteps.MAP_COLUMNS);
        assertThat(vm.columns()).extracting(ColumnChoice::header)
                .containsExactly("Prov ID", "Last Name", "First Name", "Lic Exp");
        assertThat(vm.mappingProblemProperty().get()).isEqualTo("NPI");
        assertThat(vm.canPreviewProperty().get()).isFalse();

        vm.columns().get(0).fieldProperty().set(RosterField.NPI);
        assertThat(vm.mappingProblemProperty().get()).isNull();
        vm.columns().get(3).fieldProperty().set(RosterField.NPI);
        assertThat(vm.columns().get(0).fieldProperty().get()).as("a field feeds one column").isNull();
        vm.columns().get(0).fieldProperty().set(RosterField.NPI);
        vm.columns().get(3).fieldProperty().set(RosterField.LICENSE_EXPIRES);
        assertThat(vm.canPreviewProperty().get()).isTrue();

        vm.preview();
        assertThat(vm.stepProperty().get()).isEqualTo(RosterImportSteps.PREVIEW);
        assertThat(vm.addedProperty().get()).isEqualTo(2);
        assertThat(vm.rejectedProperty().get()).isEqualTo(1);
        assertThat(vm.issues()).extracting(i -> i.row() + " " + i.column() + ": " + i.message())
                .containsExactly("5 Prov ID: NPI check digit is wrong ('1234567890')",
                        "6 Lic Exp: '02/31/2027' is not a date");
        vm.statusFilterProperty().set(RowStatus.REJECTED);
        assertThat(vm.visibleOutcomes()).singleElement().satisfies(o -> assertThat(o.row()).isEqualTo(5));
        assertThat(ctx.providers().isEmpty()).as("preview writes nothing").isTrue();

        vm.apply();
        assertThat(vm.stepProperty().get()).isEqualTo(RosterImportSteps.DONE);
        assertThat(ctx.providers().findByNpi(NPI)).isPresent();
        assertThat(vm.lastImportIdProperty().get()).isNotNull();
        assertThat(titles).containsExactly("roster.task.open", "roster.task.preview", "roster.task.apply");

        vm.undoLastImport();
        assertThat(ctx.providers().findByNpi(NPI)).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(RosterImportSteps.CHOOSE_FILE);
    }

    @Test
    void aConflictIsResolvedByTypingAValue() throws Exception {
        TestableClock clock = new TestableClock();
        RosterImportViewModel vm = wizard(clock);
        String header = "NPI,Last Name,First Name,Degree\n";
        vm.open(csv("march.csv", header + NPI + ",Müller,Anna,MD\n"));
        vm.sourceProperty().set("Acme");
        vm.preview();
        vm.apply();
        clock.advance();
        ProviderFile f = ctx.providers().findByNpi(NPI).orElseThrow();
        Provider p = f.provider();
        ctx.providerRepository().save(f.withProvider(new Provider(p.id(), p.firstName(), p.middleName(), p.lastName(),
                p.suffix(), "PhD", p.dateOfBirth(), p.gender(), p.languages(), p.email(), p.phone(), p.npi(), p.caqhId(),
                p.caqhAttestedOn(), p.medicarePtan(), p.groupNpi(), p.tin(), p.upin(), p.coordinator(),
                p.attestationSignedOn(), p.status())), ctx.manualChange());
        clock.advance();

        vm.restart();
        vm.open(csv("april.csv", header + NPI + ",Müller,Anna,DO\n"));
        vm.sourceProperty().set("Acme");
        vm.preview();
        assertThat(vm.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.conflict().current()).isEqualTo("PhD");
            assertThat(c.conflict().incoming()).isEqualTo("DO");
        });
        ConflictChoice choice = vm.conflicts().get(0);
        choice.decisionProperty().set(ConflictChoice.Decision.EDIT);
        choice.editedValueProperty().set("MD, PhD");
        vm.apply();
        assertThat(ctx.providers().findByNpi(NPI).orElseThrow().provider().degree()).isEqualTo("MD, PhD");
    }

    @Test
    void anUnreadableFileShowsOneSentenceAndStaysOnStepOne() throws Exception {
        RosterImportViewModel vm = wizard(Clock.systemUTC());
        Path pdf = dir.resolve("roster.xlsx");
        Files.writeString(pdf, "%PDF-1.4\n");
        vm.open(pdf);
        assertThat(vm.stepProperty().get()).isEqualTo(RosterImportSteps.CHOOSE_FILE);
        assertThat(vm.errorProperty().get()).isEqualTo("roster.xlsx is a PDF, not a spreadsheet: save the roster as "
                + ".xlsx, .xls or .csv");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    /** Moves forward a minute per call, so a hand edit falls between two imports. */
    static final class TestableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T15:00:00Z");

        void advance() {
            now = now.plus(Duration.ofMinutes(1));
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
