package org.creddesk.ui.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentFlag;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.FollowUpChannel;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.creddesk.workflow.EnrollmentCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board from a submitted enrollment to its approval, with follow-ups, without the toolkit. */
class EnrollmentBoardViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ChangeContext manual = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;
    AppContext app;
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    EnrollmentBoardViewModel vm;
    Payer acme;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        String id = app.providers().newId();
        app.providerRepository().save(ProviderFile.of(new Provider(id, "Nora", null, "Vance", null, "MD", null, null,
                null, null, null, "1234567893", null, null, null, null, null, null, "jlee", null,
                ProviderStatus.ACTIVE)), manual);
        acme = app.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null, manual);
        Enrollment e = app.enrollments().start(id, acme.id(), "MA", null, EnrollmentStatus.GATHERING, manual);
        app.enrollments().move(e.id(), EnrollmentStatus.SUBMITTED, TODAY.minusDays(20), null, manual);
        vm = new EnrollmentBoardViewModel(app.enrollments(), manual, tasks, Messages.forLocale(Locale.US), TODAY);
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void followUpThenApproveFromTheBoard() {
        vm.refresh();
        assertThat(vm.payers()).extracting(Payer::name).contains("Acme Health", "Medicare");
        EnrollmentCard card = vm.cards().get(0);
        assertThat(card.flags()).containsExactly(EnrollmentFlag.FOLLOW_UP_OVERDUE);
        vm.flaggedOnlyProperty().set(true);
        assertThat(vm.cards()).hasSize(1);
        vm.selectedProperty().set(vm.cards().get(0));
        assertThat(vm.nextStatuses()).contains(EnrollmentStatus.IN_PROCESS, EnrollmentStatus.DENIED)
                .doesNotContain(EnrollmentStatus.APPROVED);

        assertThat(vm.canLogFollowUp().get()).isFalse();
        vm.channelProperty().set(FollowUpChannel.PORTAL);
        vm.noteProperty().set("Application in review");
        vm.referenceProperty().set("REF-1");
        vm.nextFollowUpProperty().set("11/20/2026");
        assertThat(vm.nextFollowUpErrorProperty().get()).isEqualTo("The next follow-up must come after today (11/23/2026)");
        assertThat(vm.canLogFollowUp().get()).isFalse();
        vm.nextFollowUpProperty().set("12/07/2026");
        assertThat(vm.canLogFollowUp().get()).isTrue();
        vm.logFollowUp();
        assertThat(vm.noticeProperty().get()).isEqualTo("Follow-up logged for Vance, Nora, MD");
        assertThat(vm.cards()).isEmpty();
        vm.flaggedOnlyProperty().set(false);
        vm.selectedProperty().set(vm.cards().get(0));
        assertThat(vm.selectedProperty().get().nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(vm.followUps()).singleElement().satisfies(f -> assertThat(f.referenceNumber()).isEqualTo("REF-1"));

        vm.moveToProperty().set(EnrollmentStatus.IN_PROCESS);
        vm.move();
        assertThat(vm.selectedProperty().get().facts().enrollment().status()).isEqualTo(EnrollmentStatus.IN_PROCESS);
        vm.effectiveProperty().set("12/01/2026");
        vm.payerProviderIdProperty().set("AC-77");
        vm.approve();
        Enrollment approved = vm.selectedProperty().get().facts().enrollment();
        assertThat(approved.status()).isEqualTo(EnrollmentStatus.APPROVED);
        assertThat(approved.effectiveDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(approved.payerProviderId()).isEqualTo("AC-77");
        assertThat(vm.noticeProperty().get()).isEqualTo("Vance, Nora, MD: approved, effective 12/01/2026");
        assertThat(vm.selectedProperty().get().flags()).isEmpty();
    }

    @Test
    void aBadEffectiveDateIsExplained() {
        vm.refresh();
        vm.selectedProperty().set(vm.cards().get(0));
        vm.effectiveProperty().set("not a date");
        vm.approve();
        assertThat(vm.noticeProperty().get()).isEqualTo("'not a date' is not a date: use MM/DD/YYYY");
    }

    @Test
    void showingAnEnrollmentClearsTheFiltersAndSelectsItsCard() {
        String providerId = app.enrollments().board(org.creddesk.workflow.EnrollmentBoardFilter.all(), TODAY).get(0)
                .facts().enrollment().providerId();
        Enrollment quiet = app.enrollments().start(providerId, acme.id(), "NH", null, null, manual);
        vm.refresh();
        vm.stateProperty().set("MA");
        vm.flaggedOnlyProperty().set(true);
        assertThat(vm.cards()).hasSize(1);
        vm.select(quiet.id());
        assertThat(vm.flaggedOnlyProperty().get()).isFalse();
        assertThat(vm.stateProperty().get()).isEmpty();
        assertThat(vm.cards()).hasSize(2);
        assertThat(vm.selectedProperty().get().facts().enrollment().id()).isEqualTo(quiet.id());
        vm.refresh();
        assertThat(vm.selectedProperty().get().facts().enrollment().id()).isEqualTo(quiet.id());
    }

    @Test
    void aMedicareEnrollmentCanBeMarkedAsADmeSuppliersAndACommercialOneCannot() {
        Payer medicare = app.enrollments().payers().stream().filter(p -> p.kind() == PayerKind.MEDICARE).findFirst()
                .orElseThrow();
        String providerId = app.providers().findByNpi("1234567893").orElseThrow().id();
        Enrollment m = app.enrollments().start(providerId, medicare.id(), "MA", null, EnrollmentStatus.SUBMITTED, manual);
        vm.refresh();
        EnrollmentCard commercial = vm.cards().stream().filter(c -> c.facts().payer().kind() == PayerKind.COMMERCIAL)
                .findFirst().orElseThrow();
        vm.selectedProperty().set(commercial);
        assertThat(vm.dmeApplicableProperty().get()).as("only Medicare enrollments").isFalse();
        EnrollmentCard card = vm.cards().stream().filter(c -> c.facts().enrollment().id().equals(m.id())).findFirst()
                .orElseThrow();
        vm.selectedProperty().set(card);
        assertThat(vm.dmeApplicableProperty().get()).isTrue();
        assertThat(vm.dmeSupplierProperty().get()).isFalse();
        vm.dmeSupplierProperty().set(true);
        assertThat(app.enrollments().facts(m.id()).enrollment().dmeSupplier()).isTrue();
        assertThat(vm.noticeProperty().get()).contains("DME supplier");
        vm.dmeSupplierProperty().set(false);
        assertThat(app.enrollments().facts(m.id()).enrollment().dmeSupplier()).isFalse();
    }
}
