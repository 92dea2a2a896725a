package org.creddesk.ui.credentialing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.WorkHistoryGap;
import org.creddesk.domain.workflow.WorkHistoryGaps;
import org.creddesk.workflow.Blocker;
import org.creddesk.workflow.ChecklistService;
import org.creddesk.workflow.DecisionService;
import org.creddesk.workflow.WhatBlocksThisFile;

/**
 * All a provider's credentialing facts, read in one background load; {@code checklist} is the one shown.
 * {@code templates} are those started directly (no payer's own); {@code payerTemplates} are chosen through a payer.
 */
record CredentialingFacts(ProviderFile file, List<ChecklistTemplate> templates, List<ChecklistTemplate> payerTemplates,
                          List<Payer> payers, List<Checklist> open,
                          Checklist checklist, List<ChecklistItem> items, ChecklistService.ChecklistProgress progress,
                          List<Verification> verifications, List<CredentialingDecision> decisions,
                          List<Blocker> blockers, List<WorkHistoryGap> gaps) {

    /** Reads them (off the FX thread); shows checklist {@code wanted} while it is open, else the newest open one. */
    static CredentialingFacts read(ChecklistService checklists, DecisionService decisions,
                                   WhatBlocksThisFile whatBlocks, WorkHistoryGaps gapCheck, ProviderFile shown,
                                   String wanted, LocalDate today) {
        String id = shown.id();
        List<Checklist> all = checklists.forProvider(id).stream().filter(Checklist::isOpen)
                .sorted(Comparator.comparing(Checklist::startedOn).thenComparing(Checklist::id)).toList();
        Optional<Checklist> open = all.stream().filter(c -> c.id().equals(wanted)).findFirst()
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
        List<ChecklistItem> items = open.map(c -> checklists.items(c.id())).orElse(List.of());
        List<ChecklistTemplate> live = checklists.templates();
        return new CredentialingFacts(shown, live.stream().filter(t -> t.payerId() == null).toList(),
                live.stream().filter(t -> t.payerId() != null).toList(), checklists.payers(), all, open.orElse(null), items,
                open.map(c -> checklists.progress(c.id())).orElse(null), decisions.verifications(id),
                decisions.decisions(id), whatBlocks.of(id), gapCheck.find(shown, today));
    }
}
