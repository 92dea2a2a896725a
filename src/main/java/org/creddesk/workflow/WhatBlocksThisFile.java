package org.creddesk.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.Deadline;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.DeadlineStatus;
import org.creddesk.domain.workflow.DeadlineSubjects;
import org.creddesk.domain.workflow.DocumentsOnFile;
import org.creddesk.domain.workflow.ItemKind;
import org.creddesk.domain.workflow.ProviderWorkflow;
import org.creddesk.domain.workflow.PsvCheck;
import org.creddesk.domain.workflow.DecisionReadiness;
import org.creddesk.domain.workflow.WorkHistoryGap;
import org.creddesk.domain.workflow.WorkHistoryGaps;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.ProviderRepository;
import org.creddesk.store.ProviderWorkflowRepository;

/**
 * "What blocks this file?": every lapsed credential, missing or stale verification (on the planned committee
 * date, else today), open required checklist item, credential without its document, unexplained work-history gap
 * and credential about to expire, in the order to act on them.
 */
public final class WhatBlocksThisFile {
    private static final Set<DeadlineKind> CREDENTIAL_KINDS = EnumSet.of(DeadlineKind.LICENSE, DeadlineKind.DEA,
            DeadlineKind.CDS, DeadlineKind.BOARD, DeadlineKind.MALPRACTICE, DeadlineKind.CAQH,
            DeadlineKind.RECREDENTIALING, DeadlineKind.REAPPOINTMENT, DeadlineKind.REVALIDATION,
            DeadlineKind.SCREENING);

    private final ProviderRepository providers;
    private final ProviderWorkflowRepository workflows;
    private final DeadlinePolicy policy;
    private final Clock clock;

    public WhatBlocksThisFile(ProviderRepository providers, ProviderWorkflowRepository workflows,
                              DeadlinePolicy policy, Clock clock) {
        this.providers = providers;
        this.workflows = workflows;
        this.policy = policy;
        this.clock = clock;
    }

    public List<Blocker> of(String providerId) {
        ProviderFile file = providers.load(providerId).orElseThrow(() -> new NotFoundException("No provider " + providerId));
        return of(file, workflows.load(providerId));
    }

    public List<Blocker> of(ProviderFile file, ProviderWorkflow workflow) {
        LocalDate today = LocalDate.now(clock);
        List<Blocker> result = new ArrayList<>();
        for (Deadline d : policy.derive(file, workflow)) {
            if (!CREDENTIAL_KINDS.contains(d.kind())) {
                continue;
            }
            DeadlineStatus status = d.statusOn(today);
            if (status == DeadlineStatus.OVERDUE) {
                result.add(new Blocker(Blocker.Category.EXPIRED, d.subject(), "was due " + shown(d.due()), d.due(),
                        d.sourceId()));
            } else if (status == DeadlineStatus.DUE) {
                result.add(new Blocker(Blocker.Category.EXPIRING, d.subject(), "due " + shown(d.due()) + " ("
                        + inDays(d.daysLeft(today)) + ")", d.due(), d.sourceId()));
            }
        }
        openChecklist(workflow).ifPresent(c -> checklist(result, file, workflow, c, today));
        if (workflow.screening().holdsVerification()
                && result.stream().noneMatch(b -> b.category() == Blocker.Category.EXCLUSION_HIT)) {
            result.add(new Blocker(Blocker.Category.EXCLUSION_HIT, "Sanctions and exclusions",
                    String.join("; ", workflow.screening().holds()), null, file.id()));
        }
        documents(result, file, today);
        for (WorkHistoryGap g : new WorkHistoryGaps(policy.settings()).find(file, today)) {
            if (!g.satisfied()) {
                result.add(new Blocker(Blocker.Category.WORK_HISTORY_GAP, g.describe(), null, null, g.followingJobId()));
            }
        }
        result.sort(Comparator.comparing(Blocker::category)
                .thenComparing(Blocker::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }

    private static Optional<Checklist> openChecklist(ProviderWorkflow workflow) {
        return workflow.checklists().stream().filter(Checklist::isOpen)
                .max(Comparator.comparing(Checklist::startedOn).thenComparing(Checklist::id));
    }

    private void checklist(List<Blocker> out, ProviderFile file, ProviderWorkflow workflow, Checklist c,
                           LocalDate today) {
        List<ChecklistItem> stored = workflow.itemsOf(c.id());
        List<ChecklistItem> items = DocumentsOnFile.apply(stored, file);
        Set<String> copyOnFile = new java.util.HashSet<>();
        for (int k = 0; k < items.size(); k++) {
            if (DocumentsOnFile.derived(stored.get(k), items.get(k))) {
                copyOnFile.add(items.get(k).id());
            }
        }
        if (c.kind().endsInDecision()) {
            LocalDate on = c.plannedCommittee() != null && c.plannedCommittee().isAfter(today) ? c.plannedCommittee() : today;
            // the decision's own rules, so what blocks the file is what the decision would be refused for
            DecisionReadiness.Assessment a = new DecisionReadiness(policy).assess(file, workflow.decisions(), items,
                    workflow.verifications(), workflow.screening(), on, c.program());
            a.late().ifPresent(why -> out.add(new Blocker(Blocker.Category.EXPIRED, "Recredentialing is late", why, on,
                    c.id())));
            for (PsvCheck check : a.notFresh()) {
                out.add(new Blocker(category(check.state()), check.requirement().label(), check.reason(), on, c.id()));
            }
            if (file.licenses().isEmpty()) {
                out.add(new Blocker(Blocker.Category.EXPIRED, "State license", a.lapses().get(0).reason(on), on,
                        c.id()));
            }
        }
        Comparator<ChecklistItem> order = Comparator.comparing((ChecklistItem i) -> i.status().ordinal())
                .thenComparingInt(ChecklistItem::position);
        items.stream().filter(i -> i.required() && i.status().isOpen())
                .filter(i -> !(c.kind().endsInDecision() && i.kind() == ItemKind.VERIFICATION))
                .sorted(order)
                .forEach(i -> out.add(new Blocker(Blocker.Category.OPEN_ITEM, i.label(),
                        copyOnFile.contains(i.id()) ? "copy on file: review it and mark it verified" : action(i),
                        null, i.id())));
    }

    private static Blocker.Category category(PsvCheck.State state) {
        return switch (state) {
            case MISSING -> Blocker.Category.VERIFICATION_MISSING;
            case HELD -> Blocker.Category.EXCLUSION_HIT;
            default -> Blocker.Category.VERIFICATION_STALE;
        };
    }

    private static String action(ChecklistItem i) {
        return switch (i.status()) {
            case PENDING -> "request it";
            case REQUESTED -> "requested " + shown(i.statusOn()) + ": chase it";
            case RECEIVED -> "received " + shown(i.statusOn()) + ": review and verify it";
            default -> i.status().name().toLowerCase();
        };
    }

    /** Current licenses, registrations and malpractice policies should each have their document on file. */
    private static void documents(List<Blocker> out, ProviderFile file, LocalDate today) {
        Set<String> documented = new java.util.HashSet<>();
        file.documents().forEach(d -> documented.add(d.credentialId()));
        file.licenses().stream().filter(l -> current(l.expires(), today) && !documented.contains(l.id()))
                .forEach(l -> out.add(missing(DeadlineSubjects.license(l), l.id())));
        file.registrations().stream().filter(r -> current(r.expires(), today) && !documented.contains(r.id()))
                .forEach(r -> out.add(missing(DeadlineSubjects.registration(r), r.id())));
        file.malpracticePolicies().stream().filter(m -> current(m.expires(), today) && !documented.contains(m.id()))
                .forEach(m -> out.add(missing(DeadlineSubjects.malpractice(m), m.id())));
    }

    /** Dates in these sentences read as everywhere a coordinator reads them: MM/DD/YYYY. */
    static String shown(LocalDate day) {
        return org.creddesk.domain.ShownDates.format(day);
    }

    private static String inDays(long days) {
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }

    private static boolean current(LocalDate expires, LocalDate today) {
        return expires == null || !expires.isBefore(today);
    }

    private static Blocker missing(String subject, String id) {
        return new Blocker(Blocker.Category.MISSING_DOCUMENT, subject, "no copy on file", null, id);
    }
}
