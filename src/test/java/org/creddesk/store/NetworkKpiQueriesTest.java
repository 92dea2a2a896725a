package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.License;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.network.NetworkKpis;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.ChecklistStart;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.DeadlineSettings;
import org.creddesk.domain.workflow.DecisionMaker;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.ItemKind;
import org.creddesk.domain.workflow.ItemStatus;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Network figures on a hand-made store whose medians and 90th percentiles are known, every row written through
 * the repositories (so the change log holds what the application item went through).
 */
public class NetworkKpiQueriesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    final Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final ChangeContext manual = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;
    Database db;
    ProviderRepository providers;
    ChecklistRepository checklists;
    CredentialingRepository credentialing;
    EnrollmentRepository enrollments;
    ScreeningRepository screening;
    int ids;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("creddesk.db"), clock);
        providers = new ProviderRepository(db);
        DeadlineRepository deadlines = new DeadlineRepository(db, new DeadlinePolicy(DeadlineSettings.defaults(), clock));
        deadlines.attachTo(providers);
        checklists = new ChecklistRepository(db, deadlines);
        credentialing = new CredentialingRepository(db, deadlines);
        enrollments = new EnrollmentRepository(db, deadlines);
        screening = new ScreeningRepository(db, deadlines);
    }

    /** Loads the store every test reads: see the comments for the known figures. */
    static NetworkKpis handMade(Path dir) {
        NetworkKpiQueriesTest t = new NetworkKpiQueriesTest();
        t.dir = dir;
        t.open();
        t.fill();
        return new NetworkKpiQueries(t.db).load(NOVEMBER, TODAY);
    }

    /** The hand-made store as a closed file {@code dir/creddesk.db}, for the CLI and window tests. */
    public static Path handMadeFile(Path dir) {
        NetworkKpiQueriesTest t = new NetworkKpiQueriesTest();
        t.dir = dir;
        t.open();
        t.fill();
        t.db.close();
        return dir.resolve("creddesk.db");
    }

    String id() {
        return String.format("00000000-0000-7000-8000-%012d", ++ids);
    }

    String provider(String last, String npi, ProviderStatus status, LocalDate licenseExpires) {
        String id = id();
        Provider p = new Provider(id, "Ada", null, last, null, "MD", null, null, null, null, null, npi, null, null,
                null, null, null, null, "jlee", null, status);
        ProviderFile f = ProviderFile.of(p);
        if (licenseExpires != null) {
            f = f.withLicenses(List.of(new License(id(), id, "MA", "MD", "003806", null, licenseExpires, "Active")));
        }
        providers.save(f, manual);
        return id;
    }

    /** An initial (or recredentialing) checklist started on {@code started}, decided on {@code decided}. */
    void credentialed(String providerId, String template, LocalDate started, LocalDate received, LocalDate verified,
                      DecisionOutcome outcome, LocalDate decided) {
        ProviderFile f = providers.load(providerId).orElseThrow();
        var s = ChecklistStart.of(checklists.templateByCode(template).orElseThrow(), f,
                CredentialingProgram.ACCREDITATION, started, null, this::id);
        checklists.start(s.checklist(), s.items(), manual);
        ChecklistItem app = s.items().stream().filter(i -> i.kind() == ItemKind.FORM).findFirst().orElseThrow();
        if (received != null) {
            app = moved(app, ItemStatus.RECEIVED, received);
            checklists.updateItem(app, manual);
        }
        if (verified != null) {
            checklists.updateItem(moved(app, ItemStatus.VERIFIED, verified), manual);
        }
        credentialing.addDecision(new CredentialingDecision(id(), providerId, s.checklist().id(), outcome,
                DecisionMaker.COMMITTEE, decided, CredentialingProgram.ACCREDITATION, null), manual);
    }

    static ChecklistItem moved(ChecklistItem i, ItemStatus status, LocalDate on) {
        return new ChecklistItem(i.id(), i.checklistId(), i.position(), i.kind(), i.label(), i.required(),
                i.element(), i.credentialId(), status, on, null, i.documentId());
    }

    void enrolled(String providerId, Payer payer, LocalDate submitted, LocalDate approved) {
        Enrollment e = new Enrollment(id(), providerId, payer.id(), "MA", null, EnrollmentStatus.NOT_STARTED,
                submitted, null, null, null, null, null);
        enrollments.add(e, null, manual);
        e = e.moveTo(EnrollmentStatus.SUBMITTED, submitted);
        enrollments.update(e, null, manual);
        if (approved != null) {
            enrollments.update(e.approved(approved, approved, "P-1"), null, manual);
        }
    }

    void fill() {
        String p1 = provider("One", "1234567893", ProviderStatus.ACTIVE, LocalDate.of(2026, 12, 15));
        String p2 = provider("Two", "1679576722", ProviderStatus.ACTIVE, LocalDate.of(2027, 3, 1));
        String p3 = provider("Three", "1003000126", ProviderStatus.ACTIVE, LocalDate.of(2025, 1, 1));
        String p4 = provider("Four", null, ProviderStatus.ACTIVE, LocalDate.of(2028, 1, 1));
        String p5 = provider("Five", null, ProviderStatus.ACTIVE, null);
        String p6 = provider("Six", null, ProviderStatus.RETIRED, null);
        // October: 30 days (application received 09-05 → 10-05), 40 days (never marked: started 09-10 → 10-20).
        credentialed(p1, "initial-credentialing", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 5), null,
                DecisionOutcome.APPROVE, LocalDate.of(2026, 10, 5));
        credentialed(p2, "initial-credentialing", LocalDate.of(2026, 9, 10), null, null,
                DecisionOutcome.APPROVE, LocalDate.of(2026, 10, 20));
        // November: 50 days (received 10-01, verified 10-10: received counts), 101 days (a denial).
        credentialed(p3, "initial-credentialing", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 10), DecisionOutcome.APPROVE, LocalDate.of(2026, 11, 20));
        credentialed(p4, "initial-credentialing", LocalDate.of(2026, 8, 1), null, null,
                DecisionOutcome.DENY, LocalDate.of(2026, 11, 10));
        // Not counted: a deferral, a recredentialing decision.
        credentialed(p5, "initial-credentialing", LocalDate.of(2026, 10, 1), null, null,
                DecisionOutcome.DEFER, LocalDate.of(2026, 11, 2));
        credentialed(p5, "recredentialing", LocalDate.of(2026, 10, 1), null, null,
                DecisionOutcome.APPROVE, LocalDate.of(2026, 11, 3));

        Payer acme = new Payer(id(), "Acme Health", PayerKind.COMMERCIAL, null, 60, 14, null);
        Payer bay = new Payer(id(), "Bay Medicaid", PayerKind.MEDICAID, "MA", 30, 14, null);
        enrollments.savePayer(acme, manual);
        enrollments.savePayer(bay, manual);
        enrolled(p1, acme, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31)); // 60 days
        enrolled(p2, acme, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 20)); // 80 days
        enrolled(p5, acme, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 1)); // before the twelve months
        enrolled(p3, bay, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 21)); // 20 days
        enrolled(p4, bay, LocalDate.of(2026, 11, 1), null); // still with the payer
        enrolled(p6, acme, LocalDate.of(2026, 1, 1), null); // inactive provider

        screening.recordRun(List.of(), List.of(p1, p2, p6), List.of(), manual);
    }

    @Test
    void timeToCredentialHasKnownMediansPerMonthAndForTheYear() {
        NetworkKpis k = handMade(dir);
        assertThat(k.credentialing()).hasSize(12);
        assertThat(k.credentialing().get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        NetworkKpis.MonthDurations october = k.credentialing().get(10);
        assertThat(october.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(october.days().count()).isEqualTo(2);
        assertThat(october.days().median()).isEqualTo(35.0);
        assertThat(october.days().p90()).isEqualTo(40);
        NetworkKpis.MonthDurations november = k.credentialing().get(11);
        assertThat(november.days().median()).isEqualTo(75.5);
        assertThat(november.days().p90()).isEqualTo(101);
        assertThat(k.credentialingYear().count()).isEqualTo(4);
        assertThat(k.credentialingYear().median()).isEqualTo(45.0);
        assertThat(k.credentialingYear().p90()).isEqualTo(101);
    }

    @Test
    void timeToEnrollPerPayerAgainstItsTypicalDays() {
        NetworkKpis k = handMade(dir);
        assertThat(k.enrollmentTimes()).extracting(NetworkKpis.PayerEnrollmentTime::payer)
                .containsExactly("Acme Health", "Bay Medicaid", "Medicare");
        NetworkKpis.PayerEnrollmentTime acme = k.enrollmentTimes().get(0);
        assertThat(acme.days().count()).isEqualTo(2);
        assertThat(acme.days().median()).isEqualTo(70.0);
        assertThat(acme.days().p90()).isEqualTo(80);
        assertThat(acme.medianOverTypical()).isEqualTo(10.0);
        assertThat(k.enrollmentTimes().get(1).medianOverTypical()).isEqualTo(-10.0);
        assertThat(k.enrollmentTimes().get(2).days().isEmpty()).isTrue();
    }

    @Test
    void countsByStatusExpirablesScreeningAndPayerCoverage() {
        NetworkKpis k = handMade(dir);
        assertThat(k.activeProviders()).isEqualTo(5);
        assertThat(k.enrollmentsByStatus()).containsEntry(EnrollmentStatus.APPROVED, 4L)
                .containsEntry(EnrollmentStatus.SUBMITTED, 2L).containsEntry(EnrollmentStatus.DENIED, 0L);
        assertThat(k.expirables()).hasSize(12);
        assertThat(k.expirables().get(0).month()).isEqualTo(NOVEMBER);
        Map<YearMonth, Long> totals = new java.util.TreeMap<>();
        k.expirables().forEach(m -> totals.put(m.month(), m.total()));
        assertThat(totals.get(YearMonth.of(2026, 12))).isEqualTo(1);
        assertThat(totals.get(YearMonth.of(2027, 3))).isEqualTo(1);
        assertThat(totals.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        assertThat(k.expirables().get(1).byKind()).containsEntry(DeadlineKind.LICENSE, 1L);
        assertThat(k.screening().screened()).isEqualTo(2);
        assertThat(k.screening().share()).isEqualTo(0.4);
        assertThat(new NetworkKpiQueries(db).load(YearMonth.of(2026, 10), TODAY).screening().screened()).isZero();
        assertThat(k.payerCoverage()).extracting(NetworkKpis.PayerCoverage::payer, NetworkKpis.PayerCoverage::fullyEnrolled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Acme Health", 3L),
                        org.assertj.core.groups.Tuple.tuple("Bay Medicaid", 1L),
                        org.assertj.core.groups.Tuple.tuple("Medicare", 0L));
        assertThat(k.payerCoverage().get(0).share()).isEqualTo(0.6);
    }
}
