package org.creddesk.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.ChecklistStart;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DocumentsOnFile;
import org.creddesk.domain.workflow.ItemStatus;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.ChecklistRepository;
import org.creddesk.store.ProviderRepository;

/** Starting a workflow for a provider from a template, and moving its items along. */
public final class ChecklistService {
    private final ChecklistRepository checklists;
    private final ProviderRepository providers;
    private final ChecklistTemplateService catalogue;
    private final Clock clock;

    public ChecklistService(ChecklistRepository checklists, ProviderRepository providers,
                            ChecklistTemplateService catalogue, Clock clock) {
        this.checklists = checklists;
        this.providers = providers;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public List<ChecklistTemplate> templates() {
        return checklists.templates();
    }

    /** The payers a payer-enrollment checklist can be started for. */
    public List<Payer> payers() {
        return catalogue.payers();
    }

    public void saveTemplate(ChecklistTemplate template, ChangeContext ctx) {
        checklists.saveTemplate(template, ctx);
    }

    public Checklist start(String providerId, String templateCode, CredentialingProgram program,
                           LocalDate plannedCommittee, ChangeContext ctx) {
        return start(providerId, templateCode, null, program, plannedCommittee, ctx);
    }

    /**
     * Starts a checklist from the template with that code; for payer enrollment with a payer, from that payer's own
     * template when it has one (else the generic one, named after the payer).
     */
    public Checklist start(String providerId, String templateCode, String payerId, CredentialingProgram program,
                           LocalDate plannedCommittee, ChangeContext ctx) {
        ProviderFile file = providers.load(providerId)
                .orElseThrow(() -> new NotFoundException("No provider " + providerId));
        ChecklistTemplateService.Chosen chosen = catalogue.choose(templateCode, payerId);
        ChecklistTemplate t = chosen.template();
        if (t.items().isEmpty()) {
            throw new IllegalArgumentException("The template '" + t.name() + "' has no items yet; add them in "
                    + "Settings first.");
        }
        ChecklistTemplate template = new ChecklistTemplate(t.id(), t.code(), chosen.checklistName(), t.kind(),
                t.payerId(), t.items());
        ChecklistStart.Started started = ChecklistStart.of(template, file, program, LocalDate.now(clock),
                plannedCommittee, () -> Ids.newId(clock));
        checklists.start(started.checklist(), started.items(), ctx);
        return started.checklist();
    }

    public List<Checklist> forProvider(String providerId) {
        return checklists.forProvider(providerId);
    }

    /** The items as the file says: a document item whose credential's copy is attached reads as received. */
    public List<ChecklistItem> items(String checklistId) {
        List<ChecklistItem> items = checklists.items(checklistId);
        return checklists.byId(checklistId).flatMap(c -> providers.load(c.providerId()))
                .map(f -> DocumentsOnFile.apply(items, f)).orElse(items);
    }

    /** Plans (or moves) the committee date; verifications must be fresh on it. */
    public void planCommittee(String checklistId, LocalDate committee, ChangeContext ctx) {
        Checklist c = checklist(checklistId);
        checklists.update(new Checklist(c.id(), c.providerId(), c.templateId(), c.name(), c.kind(), c.program(),
                c.startedOn(), committee, c.closedOn(), c.enrollmentId()), ctx);
    }

    /**
     * Moves an item to a status. Waiving needs a reason; a document, when given, is attached to the item. Any
     * status may be set again (a received document found wrong goes back to requested).
     */
    public ChecklistItem setStatus(String itemId, ItemStatus status, String waiverReason, String documentId,
                                   ChangeContext ctx) {
        ChecklistItem i = checklists.item(itemId).orElseThrow(() -> new NotFoundException("No checklist item " + itemId));
        if (status == ItemStatus.WAIVED && (waiverReason == null || waiverReason.isBlank())) {
            throw new IllegalArgumentException("'" + i.label() + "': say why it is waived.");
        }
        ChecklistItem moved = new ChecklistItem(i.id(), i.checklistId(), i.position(), i.kind(), i.label(),
                i.required(), i.element(), i.credentialId(), status, LocalDate.now(clock),
                status == ItemStatus.WAIVED ? waiverReason.strip() : null,
                documentId != null ? documentId : i.documentId());
        checklists.updateItem(moved, ctx);
        return moved;
    }

    /** How far a checklist is: required items closed (verified or waived) out of all required items. */
    public record ChecklistProgress(int requiredDone, int requiredTotal, int openItems) {
        public boolean isComplete() {
            return requiredDone == requiredTotal;
        }
    }

    public ChecklistProgress progress(String checklistId) {
        List<ChecklistItem> items = checklists.items(checklistId);
        int total = (int) items.stream().filter(ChecklistItem::required).count();
        int done = (int) items.stream().filter(i -> i.required() && !i.status().isOpen()).count();
        int open = (int) items.stream().filter(i -> i.status().isOpen()).count();
        return new ChecklistProgress(done, total, open);
    }

    /** The open checklist progress of each of these providers (those with one), for a page of the provider list. */
    public Map<String, ChecklistRepository.OpenProgress> openProgress(Collection<String> providerIds) {
        return checklists.openProgress(providerIds);
    }

    private Checklist checklist(String id) {
        return checklists.byId(id).orElseThrow(() -> new NotFoundException("No checklist " + id));
    }
}
