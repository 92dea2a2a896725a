package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.creddesk.domain.ProviderStatus;

/**
 * Which lifecycle stage the facts of a provider file say, and whether that moves the stage it is in (ADR 0029).
 * <ul>
 * <li>retired: Inactive;</li>
 * <li>an approved enrollment whose effective date has come: Ongoing (since the first effective date);</li>
 * <li>an approved enrollment with a signed, standing contract with that enrollment's payer: Onboarding;</li>
 * <li>an approved credentialing decision: Contracting;</li>
 * <li>an open credentialing checklist (initial or recredentialing): Credentialing;</li>
 * <li>otherwise Recruiting.</li>
 * </ul>
 * Facts only move a stage forward (or to and from Inactive), and only when what they say changed since the last
 * refresh: a person who moved a provider back keeps it there until a new fact arrives.
 */
public final class LifecycleRule {
    /** A stage and the day its fact happened. */
    public record FactStage(LifecycleStage stage, LocalDate on) {
    }

    private LifecycleRule() {
    }

    public static FactStage factsOf(ProviderStatus status, ProviderWorkflow workflow, LocalDate addedOn,
                                    LocalDate today) {
        if (status == ProviderStatus.RETIRED) {
            return new FactStage(LifecycleStage.INACTIVE, today);
        }
        Optional<LocalDate> firstEffective = workflow.enrollments().stream().map(EnrollmentFacts::enrollment)
                .filter(e -> e.status() == EnrollmentStatus.APPROVED && e.effectiveDate() != null
                        && !e.effectiveDate().isAfter(today))
                .map(Enrollment::effectiveDate).min(Comparator.naturalOrder());
        if (firstEffective.isPresent()) {
            return new FactStage(LifecycleStage.ONGOING, firstEffective.get());
        }
        Optional<LocalDate> contracted = workflow.enrollments().stream().map(EnrollmentFacts::enrollment)
                .filter(e -> e.status() == EnrollmentStatus.APPROVED)
                .flatMap(e -> workflow.contracts().stream().map(ContractFacts::contract)
                        .filter(c -> c.payerId().equals(e.payerId()) && c.isActiveOn(today))
                        .map(c -> later(e.statusOn(), c.effectiveOn(), today)))
                .min(Comparator.naturalOrder());
        if (contracted.isPresent()) {
            return new FactStage(LifecycleStage.ONBOARDING, contracted.get());
        }
        Optional<CredentialingDecision> approval = workflow.decisions().stream()
                .filter(d -> d.outcome() == DecisionOutcome.APPROVE)
                .min(Comparator.comparing(CredentialingDecision::decidedOn));
        if (approval.isPresent()) {
            return new FactStage(LifecycleStage.CONTRACTING, approval.get().decidedOn());
        }
        Optional<LocalDate> opened = workflow.checklists().stream()
                .filter(c -> c.isOpen() && c.kind().endsInDecision()).map(Checklist::startedOn)
                .min(Comparator.naturalOrder());
        return opened.map(on -> new FactStage(LifecycleStage.CREDENTIALING, on))
                .orElseGet(() -> new FactStage(LifecycleStage.RECRUITING, addedOn));
    }

    /** The later of the approval and the contract's start, never after today. */
    private static LocalDate later(LocalDate approvedOn, LocalDate contractStarts, LocalDate today) {
        LocalDate on = contractStarts != null && contractStarts.isAfter(approvedOn) ? contractStarts : approvedOn;
        return on.isAfter(today) ? today : on;
    }

    /**
     * The stage the facts move {@code current} to, if any: only when what the facts say differs from what they said
     * before, and then forward, into Inactive, or out of Inactive (a provider made active again).
     */
    public static Optional<FactStage> move(ProviderStage current, FactStage facts) {
        if (facts.stage() == current.facts() || facts.stage() == current.stage()) {
            return Optional.empty();
        }
        boolean moves = facts.stage() == LifecycleStage.INACTIVE || current.stage() == LifecycleStage.INACTIVE
                || facts.stage().isAfter(current.stage());
        return moves ? Optional.of(facts) : Optional.empty();
    }

    /** Why the facts moved a provider to {@code stage}, in the words of the history. */
    public static String reason(LifecycleStage stage) {
        return switch (stage) {
            case RECRUITING -> "Provider active again";
            case CREDENTIALING -> "Credentialing checklist opened";
            case CONTRACTING -> "Credentialing approved";
            case ONBOARDING -> "Enrollment approved with a signed contract";
            case ONGOING -> "First enrollment effective";
            case INACTIVE -> "Provider retired";
        };
    }
}
