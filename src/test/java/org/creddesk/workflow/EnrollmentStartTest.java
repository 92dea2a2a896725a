package org.creddesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting an enrollment: one per provider × payer × state × location, a dated first step, payers validated. */
class EnrollmentStartTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ChangeContext manual = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;
    AppContext app;
    String providerId;
    Payer acme;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("creddesk.db"), Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        providerId = app.providers().newId();
        app.providerRepository().save(ProviderFile.of(new Provider(providerId, "Nora", null, "Vance", null, "DO",
                null, null, null, null, null, "1234567893", null, null, null, null, null, null, "jlee", null,
                ProviderStatus.ACTIVE)).withLocations(List.of(new PracticeLocation("loc-1", providerId, "Harbor",
                "1 Main St", "Boston", "MA", "02110", null, null, null, true, true))), manual);
        acme = app.enrollments().savePayer(null, "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null, manual);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aSecondEnrollmentWithTheSamePayerAndStateIsRefusedWithASentence() {
        Enrollment first = app.enrollments().start(providerId, acme.id(), "MA", null, EnrollmentStatus.GATHERING,
                manual);
        assertThatThrownBy(() -> app.enrollments().start(providerId, acme.id(), "ma", null, null, manual))
                .isInstanceOf(DuplicateEnrollmentException.class)
                .hasMessage("This provider already has an enrollment with Acme Health in MA (gathering since "
                        + TODAY + "); work on that one instead.")
                .satisfies(e -> assertThat(((DuplicateEnrollmentException) e).existingId()).isEqualTo(first.id()));
        assertThat(app.enrollments().forProvider(providerId)).hasSize(1);
    }

    @Test
    void anotherStateOrLocationIsAnotherEnrollment() {
        app.enrollments().start(providerId, acme.id(), "MA", null, null, manual);
        app.enrollments().start(providerId, acme.id(), "NH", null, null, manual);
        app.enrollments().start(providerId, acme.id(), "MA", "loc-1", null, manual);
        assertThatThrownBy(() -> app.enrollments().start(providerId, acme.id(), "MA", "loc-1", null, manual))
                .hasMessageContaining("in MA at this location");
        assertThat(app.enrollments().cardsFor(providerId, TODAY)).hasSize(3);
    }

    @Test
    void aSubmittedFirstStepKeepsItsDateAndTheExpectedDecisionFollows() {
        Enrollment e = app.enrollments().start(providerId, acme.id(), "MA", null, EnrollmentStatus.SUBMITTED,
                TODAY.minusDays(10), manual);
        assertThat(e.submittedOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(app.enrollments().history(e.id())).singleElement()
                .satisfies(t -> assertThat(t.on()).isEqualTo(TODAY.minusDays(10)));
        assertThat(app.enrollments().cardsFor(providerId, TODAY)).singleElement()
                .satisfies(c -> assertThat(c.expectedDecision()).isEqualTo(TODAY.plusDays(50)));
        assertThatThrownBy(() -> app.enrollments().start(providerId, acme.id(), "NH", null,
                EnrollmentStatus.SUBMITTED, TODAY.plusDays(1), manual)).hasMessageContaining("cannot be after today");
    }

    @Test
    void aMedicaidPayerNeedsAValidState() {
        assertThatThrownBy(() -> app.enrollments().savePayer(null, "MassHealth", PayerKind.MEDICAID, null, 90, 30,
                null, manual)).hasMessage("A Medicaid program needs its state.");
        assertThatThrownBy(() -> app.enrollments().savePayer(null, "MassHealth", PayerKind.MEDICAID, "XX", 90, 30,
                null, manual)).hasMessage("'XX' is not a US state code.");
        Payer mass = app.enrollments().savePayer(null, "MassHealth", PayerKind.MEDICAID, "ma", 90, 30, " ", manual);
        assertThat(mass.state()).isEqualTo("MA");
        assertThat(mass.notes()).isNull();
    }
}
