package org.creddesk.domain.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.creddesk.domain.License;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;

/** Hand-built, fictitious providers and workflow data for the rule tests. */
final class WorkflowFixtures {
    private WorkflowFixtures() {
    }

    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static DeadlinePolicy policyOn(LocalDate day) {
        return new DeadlinePolicy(DeadlineSettings.defaults(), clockAt(day));
    }

    static Provider provider(String id, LocalDate caqhAttested) {
        return new Provider(id, "Test", null, "Person", null, "MD", LocalDate.of(1980, 1, 1), "F", null, null, null,
                "1234567893", "12345678", caqhAttested, null, null, null, null, "jlee", null, ProviderStatus.ACTIVE);
    }

    static ProviderFile file(String id) {
        return ProviderFile.of(provider(id, null));
    }

    static ProviderFile practisingIn(ProviderFile f, String state) {
        return f.withLocations(List.of(new PracticeLocation("loc-1", f.id(), "Main", "1 Main St", "Town", state,
                "01234", null, null, null, true, true)));
    }

    static License license(String id, String state, String number, LocalDate expires) {
        return new License(id, "p1", state, "MD", number, expires.minusYears(2), expires, "Active");
    }

    static Payer payer(PayerKind kind, int typical, int cadence) {
        return new Payer("payer-1", kind == PayerKind.MEDICARE ? "Medicare" : "Acme Health", kind, null, typical,
                cadence, null);
    }

    static Enrollment enrollment(EnrollmentStatus status, LocalDate submitted) {
        return new Enrollment("enr-1", "p1", "payer-1", "MA", null, status, submitted, submitted, null, null, null,
                null);
    }
}
