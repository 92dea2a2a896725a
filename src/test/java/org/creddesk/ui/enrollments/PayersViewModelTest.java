package org.creddesk.ui.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payers editor without the toolkit: each field's reason, then a payer added and edited in the store. */
class PayersViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ChangeContext manual = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;
    AppContext app;
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    PayersViewModel vm;
    int saved;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        vm = new PayersViewModel(app.enrollments(), manual, tasks, Messages.forLocale(Locale.US));
        vm.setOnSaved(() -> saved++);
        vm.load();
        vm.startNew();
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void eachFieldSaysWhatIsWrongBesideIt() {
        assertThat(vm.nameErrorProperty().get()).isEqualTo("A payer needs a name.");
        assertThat(vm.validProperty().get()).isFalse();
        vm.nameProperty().set("medicare");
        assertThat(vm.nameErrorProperty().get()).isEqualTo("There is already a payer named medicare here.");
        vm.nameProperty().set("MassHealth");
        vm.kindProperty().set(PayerKind.MEDICAID);
        assertThat(vm.stateErrorProperty().get()).isEqualTo("A Medicaid program needs its state.");
        vm.stateProperty().set("XX");
        assertThat(vm.stateErrorProperty().get()).isEqualTo("'XX' is not a US state code.");
        vm.stateProperty().set("ma");
        assertThat(vm.stateErrorProperty().get()).isEmpty();
        vm.typicalDaysProperty().set("0");
        assertThat(vm.typicalDaysErrorProperty().get()).isEqualTo("'0' is not a number of days from 1 to 3650.");
        vm.cadenceDaysProperty().set("two weeks");
        assertThat(vm.cadenceDaysErrorProperty().get()).isEqualTo("'two weeks' is not a number of days from 1 to 3650.");
        vm.save();
        assertThat(vm.noticeProperty().get()).isEqualTo("Fix the fields marked in red first.");
        assertThat(app.enrollments().payers()).extracting(Payer::name).doesNotContain("MassHealth");
    }

    @Test
    void aPayerIsAddedThenEditedThroughTheService() {
        vm.nameProperty().set("MassHealth");
        vm.kindProperty().set(PayerKind.MEDICAID);
        vm.stateProperty().set("ma");
        vm.typicalDaysProperty().set("75");
        vm.cadenceDaysProperty().set("21");
        vm.notesProperty().set("Wet signature on the provider agreement");
        vm.save();
        assertThat(vm.noticeProperty().get()).isEqualTo("Saved MassHealth.");
        Payer stored = app.enrollments().payerNamed("MassHealth");
        assertThat(stored).extracting(Payer::kind, Payer::state, Payer::typicalProcessingDays,
                Payer::followUpCadenceDays, Payer::notes).containsExactly(PayerKind.MEDICAID, "MA", 75, 21,
                "Wet signature on the provider agreement");
        assertThat(vm.editingProperty().get().id()).isEqualTo(stored.id());
        assertThat(vm.payers()).contains(stored);
        assertThat(saved).isEqualTo(1);

        vm.typicalDaysProperty().set("90");
        assertThat(vm.nameErrorProperty().get()).as("its own name is not taken").isEmpty();
        vm.save();
        assertThat(app.enrollments().payerNamed("MassHealth").typicalProcessingDays()).isEqualTo(90);
        assertThat(app.enrollments().payers()).filteredOn(p -> p.name().equals("MassHealth")).hasSize(1);
        assertThat(app.changeLog().forEntity(stored.id())).as("written to the change log, by alice")
                .hasSize(2).allSatisfy(e -> assertThat(e.actor()).isEqualTo("alice"));
    }
}
