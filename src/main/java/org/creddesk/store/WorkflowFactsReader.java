package org.creddesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentFacts;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.ProviderWorkflow;
import org.creddesk.domain.workflow.ScreeningStanding;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.Contract;
import org.creddesk.domain.workflow.ContractFacts;
import org.jdbi.v3.core.Handle;

/** Loads the workflow data of many providers at once (one query per table per chunk). */
final class WorkflowFactsReader {
    private WorkflowFactsReader() {
    }

    static boolean hasAny(Handle h, String providerId) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM credentialing_decision WHERE provider_id = :p) "
                + "OR EXISTS (SELECT 1 FROM checklist WHERE provider_id = :p) "
                + "OR EXISTS (SELECT 1 FROM verification WHERE provider_id = :p) "
                + "OR EXISTS (SELECT 1 FROM enrollment WHERE provider_id = :p) "
                + "OR EXISTS (SELECT 1 FROM contract WHERE provider_id = :p)").bind("p", providerId)
                .mapTo(Boolean.class).one();
    }

    static Map<String, ProviderWorkflow> load(Handle h, Collection<String> providerIds) {
        List<String> ids = List.copyOf(providerIds);
        Map<String, List<CredentialingDecision>> decisions = group(
                WorkflowRows.selectIn(h, WorkflowSchema.DECISION, "provider_id", ids), CredentialingDecision::providerId);
        List<Checklist> allChecklists = WorkflowRows.selectIn(h, WorkflowSchema.CHECKLIST, "provider_id", ids);
        Map<String, List<Checklist>> checklists = group(allChecklists, Checklist::providerId);
        Map<String, String> checklistOwner = new HashMap<>();
        allChecklists.forEach(c -> checklistOwner.put(c.id(), c.providerId()));
        Map<String, List<ChecklistItem>> items = group(WorkflowRows.selectIn(h, WorkflowSchema.CHECKLIST_ITEM,
                "checklist_id", List.copyOf(checklistOwner.keySet())), i -> checklistOwner.get(i.checklistId()));
        Map<String, List<Verification>> verifications = group(
                WorkflowRows.selectIn(h, WorkflowSchema.VERIFICATION, "provider_id", ids), Verification::providerId);
        List<Enrollment> enrollments = WorkflowRows.selectIn(h, WorkflowSchema.ENROLLMENT, "provider_id", ids);
        Map<String, List<EnrollmentFacts>> facts = group(enrollmentFacts(h, enrollments),
                e -> e.enrollment().providerId());
        Map<String, ScreeningStanding> screening = ScreeningStandings.load(h, ids);
        Map<String, List<ContractFacts>> contracts = group(contractFacts(h,
                WorkflowRows.selectIn(h, WorkflowSchema.CONTRACT, "provider_id", ids)), c -> c.contract().providerId());
        Map<String, ProviderWorkflow> result = new HashMap<>();
        for (String id : ids) {
            result.put(id, new ProviderWorkflow(decisions.getOrDefault(id, List.of()),
                    checklists.getOrDefault(id, List.of()), items.getOrDefault(id, List.of()),
                    verifications.getOrDefault(id, List.of()), facts.getOrDefault(id, List.of()),
                    screening.get(id), contracts.getOrDefault(id, List.of())));
        }
        return result;
    }

    static List<EnrollmentFacts> enrollmentFacts(Handle h, List<Enrollment> enrollments) {
        Map<String, Payer> payers = new HashMap<>();
        List<String> payerIds = enrollments.stream().map(Enrollment::payerId).distinct().toList();
        WorkflowRows.selectIn(h, WorkflowSchema.PAYER, "id", payerIds).forEach(p -> payers.put(p.id(), p));
        Map<String, List<FollowUp>> followUps = group(WorkflowRows.selectIn(h, WorkflowSchema.FOLLOW_UP,
                "enrollment_id", enrollments.stream().map(Enrollment::id).toList()), FollowUp::enrollmentId);
        List<EnrollmentFacts> result = new ArrayList<>();
        for (Enrollment e : enrollments) {
            result.add(new EnrollmentFacts(e, payers.get(e.payerId()), followUps.getOrDefault(e.id(), List.of())));
        }
        return result;
    }

    static List<ContractFacts> contractFacts(Handle h, List<Contract> contracts) {
        Map<String, Payer> payers = new HashMap<>();
        WorkflowRows.selectIn(h, WorkflowSchema.PAYER, "id", contracts.stream().map(Contract::payerId).distinct().toList())
                .forEach(p -> payers.put(p.id(), p));
        return contracts.stream().map(c -> new ContractFacts(c, payers.get(c.payerId()))).toList();
    }

    private static <T> Map<String, List<T>> group(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, List<T>> result = new HashMap<>();
        for (T row : rows) {
            result.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return result;
    }
}
