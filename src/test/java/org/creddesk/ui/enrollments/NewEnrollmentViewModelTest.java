package org.creddesk.ui.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.License;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.ui.common.ImmediateTaskRunner;
import org.creddesk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "New enrollment…" without the toolkit: find the provider, defaults, each field's reason, a duplicate refused. */
class NewEnrollmentViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ChangeContext manual = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;
    AppContext app;
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    NewEnrollmentViewModel vm;
    ProviderFile nora;
    Payer acme;
    Payer massHealth;
    final List<Enrollment> created = new ArrayList<>();

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        String id = app.providers().newId();
        nora = ProviderFile.of(new Provider(id, "Nora", null, "Vance", null, "MD", null, null, null, null, null,
                        "1234567893", null, null, null, null, null, null, "jlee", null, ProviderStatus.ACTIVE))
                .withLicenses(List.of(new License("lic", id, "NH", "MD", "12345", null, TODAY.plusYears(1), "Active")))
                .withLocations(List.of(new PracticeLocation("loc", id, "Harbor Clinic", "1 Main St", "Boston", "MA",
                        "02110", null, null, null, true, true)));
        app.providerRepository().save(nora, manual);
        acme = app.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null, manual);
        massHealth = app.enrollments().savePayer(null, "MassHealth", PayerKind.MEDICAID, "MA", 90, 30, null, manual);
        vm = new NewEnrollmentViewModel(app.enrollments(), app.providers(), manual, tasks,
                Messages.forLocale(Locale.US), TODAY, Runnable::run);
        vm.open(null);
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theProviderIsFoundByNpiAndTheStateComesFromThePrimaryLocation() {
        assertThat(vm.providerErrorProperty().get()).isEqualTo("Choose the provider from the matches.");
        assertThat(vm.payerErrorProperty().get()).isEqualTo("Choose the payer.");
        assertThat(vm.validProperty().get()).isFalse();
        vm.queryProperty().set("1234567893");
        assertThat(vm.matches()).singleElement().satisfies(s -> assertThat(s.lastName()).isEqualTo("Vance"));
        vm.choose(vm.matches().get(0));
        assertThat(vm.providerLineProperty().get()).isEqualTo("Vance, Nora  ·  NPI 1234567893");
        assertThat(vm.stateProperty().get()).isEqualTo("MA");
        assertThat(vm.locations()).extracting(PracticeLocation::name).containsExactly("Harbor Clinic");
        vm.payerProperty().set(acme);
        assertThat(vm.validProperty().get()).isTrue();

        vm.stateProperty().set("Mass");
        assertThat(vm.stateErrorProperty().get()).isEqualTo("'MASS' is not a US state code.");
        vm.payerProperty().set(massHealth);
        assertThat(vm.stateProperty().get()).as("a Medicaid program's own state").isEqualTo("MA");
        vm.stateProperty().set("NH");
        assertThat(vm.stateErrorProperty().get()).isEqualTo("MassHealth is the Medicaid program of MA.");
        vm.stateProperty().set("MA");

        vm.firstStatusProperty().set(EnrollmentStatus.SUBMITTED);
        assertThat(vm.submittedOnProperty().get()).isEqualTo("11/23/2026");
        vm.submittedOnProperty().set("12/01/2026");
        assertThat(vm.submittedOnErrorProperty().get()).isEqualTo("Cannot be after today (11/23/2026).");
        vm.submittedOnProperty().set("11/02/2026");
        vm.create(created::add);
        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EnrollmentStatus.SUBMITTED);
            assertThat(e.submittedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(e.state()).isEqualTo("MA");
            assertThat(e.payerId()).isEqualTo(massHealth.id());
        });
    }

    @Test
    void aSecondEnrollmentWithTheSamePayerAndStateIsRefusedBesideThePayer() {
        app.enrollments().start(nora.id(), acme.id(), "MA", null, EnrollmentStatus.GATHERING, manual);
        vm.open(nora);
        assertThat(vm.providerFixedProperty().get()).isTrue();
        assertThat(vm.providerLineProperty().get()).isEqualTo("Vance, Nora, MD  ·  NPI 1234567893");
        vm.payerProperty().set(acme);
        assertThat(vm.stateProperty().get()).isEqualTo("MA");
        assertThat(vm.payerErrorProperty().get()).isEqualTo(
                "Already enrolled with Acme Health in MA: Gathering since 11/23/2026. Work on that one on the board.");
        vm.create(created::add);
        assertThat(created).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo("Fix the fields marked in red first.");

        vm.locationProperty().set(vm.locations().get(0));
        assertThat(vm.payerErrorProperty().get()).as("at one location it is another enrollment").isEmpty();
        vm.locationProperty().set(null);
        vm.stateProperty().set("NH");
        vm.create(created::add);
        assertThat(created).singleElement().satisfies(e -> assertThat(e.state()).isEqualTo("NH"));
        assertThat(app.enrollments().forProvider(nora.id())).hasSize(2);
    }

    @Test
    void theServiceRefusesADuplicateTheFormDidNotKnowAbout() {
        vm.open(nora);
        vm.payerProperty().set(acme);
        app.enrollments().start(nora.id(), acme.id(), "MA", null, null, manual); // another desk, meanwhile
        vm.create(created::add);
        assertThat(created).isEmpty();
        assertThat(vm.noticeProperty().get()).startsWith("This provider already has an enrollment with Acme Health in MA");
    }
}
