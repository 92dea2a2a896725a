package org.creddesk.workflow;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.TemplateItem;
import org.creddesk.domain.workflow.WorkflowKind;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.ChecklistRepository;
import org.creddesk.store.EnrollmentRepository;

/**
 * The catalogue of checklist templates: creating one (empty or as a copy), renaming and retiring it, and choosing
 * the template a checklist starts from (a payer's own enrollment template before the generic one). A broken rule
 * is an {@link IllegalArgumentException} with a sentence a coordinator can act on; see docs/adr/0017.
 */
public final class ChecklistTemplateService {
    private final ChecklistRepository checklists;
    private final EnrollmentRepository payers;
    private final Clock clock;

    public ChecklistTemplateService(ChecklistRepository checklists, EnrollmentRepository payers, Clock clock) {
        this.checklists = checklists;
        this.payers = payers;
        this.clock = clock;
    }

    /** A template to create: {@code payerId} only for payer enrollment, {@code copyFromId} null for an empty one. */
    public record NewTemplate(String name, WorkflowKind kind, String payerId, String copyFromId) {
    }

    /** The template a checklist starts from, and the payer it was chosen for (null without one). */
    public record Chosen(ChecklistTemplate template, Payer payer) {
        /** The checklist's name: the template's, with the payer's when the generic template stands in for it. */
        public String checklistName() {
            return payer != null && template.payerId() == null ? template.name() + " \u2014 " + payer.name()
                    : template.name();
        }
    }

    public List<ChecklistTemplate> templates() {
        return checklists.templates();
    }

    public List<ChecklistTemplate> retired() {
        return checklists.retiredTemplates();
    }

    public List<Payer> payers() {
        return payers.payers();
    }

    public Optional<Payer> payer(String id) {
        return id == null ? Optional.empty() : payers.payer(id);
    }

    public ChecklistTemplate create(NewTemplate t, ChangeContext ctx) {
        String name = t.name() == null ? "" : t.name().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A template needs a name.");
        }
        if (t.kind() == null) {
            throw new IllegalArgumentException("Say what the template is for: initial credentialing, "
                    + "recredentialing, payer enrollment or hospital privileges.");
        }
        Payer payer = payerOf(t.kind(), t.payerId());
        requireUniqueName(name, t.kind(), t.payerId(), null);
        List<TemplateItem> items = new ArrayList<>();
        if (t.copyFromId() != null) {
            items.addAll(checklists.templateById(t.copyFromId()).orElseThrow(() -> new NotFoundException(
                    "No checklist template " + t.copyFromId() + " to copy from")).items());
        }
        ChecklistTemplate created = new ChecklistTemplate(Ids.newId(clock), newCode(name), name, t.kind(),
                payer == null ? null : payer.id(), items);
        checklists.saveTemplate(created, ctx);
        return created;
    }

    /** Renames a template; its code, which scripts use, stays. */
    public ChecklistTemplate rename(String id, String newName, ChangeContext ctx) {
        ChecklistTemplate t = live(id);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A template needs a name.");
        }
        requireUniqueName(name, t.kind(), t.payerId(), t.id());
        checklists.renameTemplate(id, name, ctx);
        return new ChecklistTemplate(t.id(), t.code(), name, t.kind(), t.payerId(), t.items());
    }

    /** Retires a template: no new checklist starts from it; running checklists keep their items; restorable. */
    public ChecklistTemplate retire(String id, ChangeContext ctx) {
        ChecklistTemplate t = live(id);
        checklists.retireTemplate(id, ctx);
        return t;
    }

    public ChecklistTemplate restore(String id, ChangeContext ctx) {
        ChecklistTemplate t = checklists.retiredTemplates().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No retired checklist template " + id));
        requireUniqueName(t.name(), t.kind(), t.payerId(), t.id());
        checklists.restoreTemplate(id, ctx);
        return t;
    }

    /** A live template by its code. */
    public Optional<ChecklistTemplate> byCode(String code) {
        return checklists.templateByCode(code);
    }

    /** A retired template by its code. */
    public Optional<ChecklistTemplate> retiredByCode(String code) {
        return checklists.retiredTemplates().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /**
     * The template to start for {@code code} and, for payer enrollment, a payer: the payer's own live template when
     * it has one (the first by name), else the template asked for.
     */
    public Chosen choose(String code, String payerId) {
        ChecklistTemplate asked = byCode(code).orElseThrow(() -> retiredByCode(code)
                .<RuntimeException>map(r -> new IllegalArgumentException("The template '" + code + "' (" + r.name()
                        + ") is retired; restore it in Settings or with 'checklist template restore " + code + "'."))
                .orElseGet(() -> new NotFoundException("No checklist template '" + code + "'; templates: "
                        + templates().stream().map(ChecklistTemplate::code).toList())));
        if (payerId == null) {
            return new Chosen(asked, null);
        }
        Payer payer = payers.payer(payerId).orElseThrow(() -> new NotFoundException("No payer " + payerId));
        if (asked.kind() != WorkflowKind.PAYER_ENROLLMENT) {
            throw new IllegalArgumentException("A payer goes with payer enrollment only; '" + asked.name()
                    + "' is not a payer enrollment template.");
        }
        if (asked.payerId() != null) {
            if (!asked.payerId().equals(payerId)) {
                throw new IllegalArgumentException("'" + asked.name() + "' is another payer's template, not "
                        + payer.name() + "'s.");
            }
            return new Chosen(asked, payer);
        }
        return new Chosen(ownTemplate(templates(), payerId).orElse(asked), payer);
    }

    /** A payer's own live enrollment template, the first by name, from a list of live templates. */
    public static Optional<ChecklistTemplate> ownTemplate(List<ChecklistTemplate> live, String payerId) {
        return live.stream().filter(t -> t.kind() == WorkflowKind.PAYER_ENROLLMENT && payerId != null
                && payerId.equals(t.payerId())).findFirst();
    }

    private ChecklistTemplate live(String id) {
        return checklists.templateById(id).orElseThrow(() -> new NotFoundException("No checklist template " + id));
    }

    private Payer payerOf(WorkflowKind kind, String payerId) {
        if (payerId == null) {
            return null;
        }
        if (kind != WorkflowKind.PAYER_ENROLLMENT) {
            throw new IllegalArgumentException("Only a payer enrollment template can belong to a payer.");
        }
        return payers.payer(payerId).orElseThrow(() -> new NotFoundException("No payer " + payerId));
    }

    private void requireUniqueName(String name, WorkflowKind kind, String payerId, String exceptId) {
        boolean taken = templates().stream().anyMatch(t -> !t.id().equals(exceptId) && t.kind() == kind
                && java.util.Objects.equals(t.payerId(), payerId) && t.name().equalsIgnoreCase(name));
        if (taken) {
            String forWhom = payerId == null ? "" : " for " + payers.payer(payerId).map(Payer::name).orElse(payerId);
            throw new IllegalArgumentException("There is already a " + kindText(kind) + " template named '" + name
                    + "'" + forWhom + "; choose another name.");
        }
    }

    static String kindText(WorkflowKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A readable, never reused code from the name: "Acme Health enrollment" becomes "acme-health-enrollment". */
    private String newCode(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "template";
        }
        String code = base;
        for (int n = 2; checklists.codeUsed(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }
}
