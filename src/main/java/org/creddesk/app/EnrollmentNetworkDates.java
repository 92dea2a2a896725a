package org.creddesk.app;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.creddesk.domain.workflow.EnrollmentFacts;
import org.creddesk.roster.NetworkDates;
import org.creddesk.workflow.EnrollmentService;

/** A provider's effective date with a payer: the earliest effective date of its enrollments with that payer. */
final class EnrollmentNetworkDates implements NetworkDates {
    private final EnrollmentService enrollments;

    EnrollmentNetworkDates(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public Optional<LocalDate> effective(String providerId, String payer) {
        return enrollments.forProvider(providerId).stream()
                .filter(f -> f.payer() != null && f.payer().name().equalsIgnoreCase(payer))
                .map(EnrollmentFacts::enrollment).map(e -> e.effectiveDate()).filter(Objects::nonNull)
                .min(LocalDate::compareTo);
    }
}
