package org.creddesk.domain.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The workflow data of one provider that deadlines depend on, beside the provider file (and its screening). */
public record ProviderWorkflow(List<CredentialingDecision> decisions, List<Checklist> checklists,
                               List<ChecklistItem> items, List<Verification> verifications,
                               List<EnrollmentFacts> enrollments, ScreeningStanding screening,
                               List<ContractFacts> contracts) {
    public ProviderWorkflow {
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
        screening = screening == null ? ScreeningStanding.UNKNOWN : screening;
        decisions = List.copyOf(decisions);
        checklists = List.copyOf(checklists);
        items = List.copyOf(items);
        verifications = List.copyOf(verifications);
        enrollments = List.copyOf(enrollments);
    }

    public ProviderWorkflow(List<CredentialingDecision> decisions, List<Checklist> checklists,
                            List<ChecklistItem> items, List<Verification> verifications,
                            List<EnrollmentFacts> enrollments, ScreeningStanding screening) {
        this(decisions, checklists, items, verifications, enrollments, screening, List.of());
    }

    public ProviderWorkflow(List<CredentialingDecision> decisions, List<Checklist> checklists,
                            List<ChecklistItem> items, List<Verification> verifications,
                            List<EnrollmentFacts> enrollments) {
        this(decisions, checklists, items, verifications, enrollments, ScreeningStanding.UNKNOWN);
    }

    public static ProviderWorkflow empty() {
        return new ProviderWorkflow(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** No workflow rows, only where the provider stands in exclusion screening. */
    public static ProviderWorkflow onlyScreening(ScreeningStanding screening) {
        return new ProviderWorkflow(List.of(), List.of(), List.of(), List.of(), List.of(), screening);
    }

    /** The last approval: recredentialing counts from it. */
    public Optional<CredentialingDecision> lastApproval() {
        return decisions.stream().filter(d -> d.outcome() == DecisionOutcome.APPROVE)
                .max(Comparator.comparing(CredentialingDecision::decidedOn));
    }

    public List<ChecklistItem> itemsOf(String checklistId) {
        return items.stream().filter(i -> i.checklistId().equals(checklistId))
                .sorted(Comparator.comparingInt(ChecklistItem::position)).toList();
    }
}
