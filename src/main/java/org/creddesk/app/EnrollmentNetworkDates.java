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

    private final java.util.function.Function<String, java.util.List<org.creddesk.domain.workflow.ContractFacts>> contracts;
    private final java.time.Clock clock;

    EnrollmentNetworkDates(EnrollmentService enrollments,
                           java.util.function.Function<String, java.util.List<org.creddesk.domain.workflow.ContractFacts>> contracts,
                           java.time.Clock clock) {
        this.enrollments = enrollments;
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public Optional<ContractDates> contract(String providerId, String payer) {
        LocalDate today = LocalDate.now(clock);
        return contracts.apply(providerId).stream()
                .filter(c -> c.payer() != null && c.payer().name().equalsIgnoreCase(payer))
                .map(org.creddesk.domain.workflow.ContractFacts::contract).filter(c -> c.isActiveOn(today))
                .max(java.util.Comparator.comparing(c -> c.effectiveOn() == null ? LocalDate.MIN : c.effectiveOn()))
                .map(c -> new ContractDates(c.effectiveOn(), c.endsOn(), c.noticeDate().orElse(null)));
    }

    @Override
    public Optional<LocalDate> effective(String providerId, String payer) {
        return enrollments.forProvider(providerId).stream()
                .filter(f -> f.payer() != null && f.payer().name().equalsIgnoreCase(payer))
                .map(EnrollmentFacts::enrollment).map(e -> e.effectiveDate()).filter(Objects::nonNull)
                .min(LocalDate::compareTo);
    }
}
