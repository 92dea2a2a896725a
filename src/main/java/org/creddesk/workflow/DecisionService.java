package org.creddesk.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DecisionMaker;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.ItemStatus;
import org.creddesk.domain.workflow.PsvCheck;
import org.creddesk.domain.workflow.DecisionReadiness;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.ChecklistRepository;
import org.creddesk.store.CredentialingRepository;
import org.creddesk.store.ProviderRepository;

/**
 * Primary-source verifications and the credentialing decision. An approval or denial is refused while a required
 * verification is missing or older than the freshness window on the decision date; the refusal lists each one and
 * why. Deferring is always allowed: it is what a committee does with an incomplete file. An approval is also refused
 * while an exclusion-screening hit waits for review or was confirmed (ADR 0013).
 */
public final class DecisionService {
    private final CredentialingRepository credentialing;
    private final ChecklistRepository checklists;
    private final ProviderRepository providers;
    private final DeadlinePolicy policy;
    private final Clock clock;

    public DecisionService(CredentialingRepository credentialing, ChecklistRepository checklists,
                           ProviderRepository providers, DeadlinePolicy policy, Clock clock) {
        this.clock = clock;
        this.credentialing = credentialing;
        this.checklists = checklists;
        this.providers = providers;
        this.policy = policy;
    }

    /**
     * Records a verification; a checklist item it answers (same element and credential) becomes verified. A
     * verification of a license, registration or board certification names no credential only when the file holds
     * exactly one of that kind: it is then linked to it.
     */
    public Verification recordVerification(Verification given, ChangeContext ctx) {
        if (given.verifiedOn() == null || given.source() == null || given.source().isBlank()
                || given.verifier() == null || given.verifier().isBlank()) {
            throw new IllegalArgumentException("A verification needs its source, date and verifier.");
        }
        Verification v = given.credentialId() != null ? given : linkSoleCredential(given);
        List<ChecklistItem> answered = new ArrayList<>();
        for (Checklist c : checklists.forProvider(v.providerId())) {
            if (!c.isOpen()) {
                continue;
            }
            checklists.items(c.id()).stream()
                    .filter(i -> i.element() == v.element() && i.status().isOpen()
                            && (i.credentialId() == null || i.credentialId().equals(v.credentialId())))
                    .map(i -> new ChecklistItem(i.id(), i.checklistId(), i.position(), i.kind(), i.label(),
                            i.required(), i.element(), i.credentialId(), ItemStatus.VERIFIED, v.verifiedOn(), null,
                            v.evidenceDocumentId() != null ? v.evidenceDocumentId() : i.documentId()))
                    .forEach(answered::add);
        }
        credentialing.addVerification(v, answered, ctx);
        return v;
    }

    private Verification linkSoleCredential(Verification v) {
        ProviderFile file = providers.load(v.providerId())
                .orElseThrow(() -> new NotFoundException("No provider " + v.providerId()));
        List<String> ids = switch (v.element()) {
            case LICENSE -> file.licenses().stream().map(l -> l.id()).toList();
            case DEA_CDS -> file.registrations().stream().map(r -> r.id()).toList();
            case BOARD_CERTIFICATION -> file.boardCertifications().stream().map(b -> b.id()).toList();
            default -> List.of();
        };
        if (ids.size() > 1) {
            throw new IllegalArgumentException("The file has " + ids.size() + " credentials for "
                    + v.element().label() + ": say which one was verified.");
        }
        return ids.isEmpty() ? v : new Verification(v.id(), v.providerId(), v.element(), ids.get(0), v.source(),
                v.method(), v.verifiedOn(), v.verifier(), v.evidenceDocumentId(), v.valueSeen());
    }

    /** The provider's verifications, oldest first. */
    public List<Verification> verifications(String providerId) {
        return credentialing.verifications(providerId);
    }

    /**
     * Records that the practitioner was told of a decision ({@code decisionId}, or when null the newest approval or
     * denial not yet noticed): closes its decision-notice deadline.
     */
    public CredentialingDecision recordNotice(String providerId, String decisionId, LocalDate sentOn, String method,
                                              ChangeContext ctx) {
        if (sentOn == null || method == null || method.isBlank()) {
            throw new IllegalArgumentException("A notice needs the day it was sent and how (letter, email, portal...).");
        }
        List<CredentialingDecision> all = credentialing.decisions(providerId);
        CredentialingDecision d = (decisionId == null
                ? all.stream().filter(x -> x.needsNotice() && x.noticeSentOn() == null).reduce((a, b) -> b)
                : all.stream().filter(x -> x.id().equals(decisionId)).findFirst())
                .orElseThrow(() -> new NotFoundException(decisionId == null
                        ? "No approval or denial waits for its notice" : "No decision " + decisionId));
        if (!d.needsNotice()) {
            throw new IllegalArgumentException("A deferral is no decision to tell the practitioner of.");
        }
        if (sentOn.isBefore(d.decidedOn())) {
            throw new IllegalArgumentException("The notice cannot be sent before the decision of "
                    + org.creddesk.domain.ShownDates.format(d.decidedOn()) + ".");
        }
        credentialing.recordNotice(d, sentOn, method.strip(), ctx);
        return d.withNotice(sentOn, method.strip());
    }

    /** The day the practitioner must have been told of {@code d} by. */
    public LocalDate noticeDue(CredentialingDecision d) {
        return policy.decisionNoticeDue(d.decidedOn());
    }

    /** The provider's credentialing decisions, oldest first. */
    public List<CredentialingDecision> decisions(String providerId) {
        return credentialing.decisions(providerId);
    }

    /** What deciding would meet: every required verification checked on the decision date. */
    public List<PsvCheck> check(String providerId, String checklistId, LocalDate decisionDate,
                                CredentialingProgram program) {
        return assess(providerId, checklistId, decisionDate, program).checks();
    }

    /**
     * How the file stands for a decision on {@code decisionDate}: verifications (the initial ones again when
     * recredentialing is late), lapsed or missing credentials, screening holds ({@link DecisionReadiness}).
     */
    public DecisionReadiness.Assessment assess(String providerId, String checklistId, LocalDate decisionDate,
                                               CredentialingProgram program) {
        ProviderFile file = providers.load(providerId).orElseThrow(() -> new NotFoundException("No provider " + providerId));
        List<ChecklistItem> items = checklistId == null ? List.of() : checklists.items(checklistId);
        return new DecisionReadiness(policy).assess(file, credentialing.decisions(providerId), items,
                credentialing.verifications(providerId), credentialing.screeningStanding(providerId), decisionDate,
                program);
    }

    /** The outcome of asking for a decision: recorded, or refused with the checks that block it and why. */
    public record Result(Optional<CredentialingDecision> decision, List<PsvCheck> blocking, List<String> reasons) {
        public boolean recorded() {
            return decision.isPresent();
        }
    }

    /**
     * Decides on the provider's open credentialing checklist when there is one (its program applies and it
     * closes), else on the standard set of verifications under {@code program}. An approval is refused while a
     * verification is missing, stale or held, or a credential has lapsed or is missing; a denial only for
     * verifications (it may well rest on a confirmed exclusion or a lapsed license); deferring always passes.
     */
    public Result decide(String providerId, DecisionOutcome outcome, DecisionMaker by, LocalDate on,
                         CredentialingProgram program, String note, ChangeContext ctx) {
        Optional<Checklist> open = checklists.forProvider(providerId).stream()
                .filter(c -> c.isOpen() && c.kind().endsInDecision()).reduce((a, b) -> b);
        CredentialingProgram applied = open.map(Checklist::program).orElse(program);
        String checklistId = open.map(Checklist::id).orElse(null);
        if (outcome != DecisionOutcome.DEFER) {
            DecisionReadiness.Assessment a = assess(providerId, checklistId, on, applied);
            List<String> refusals = outcome == DecisionOutcome.APPROVE ? a.approvalRefusals() : a.denialRefusals();
            if (!refusals.isEmpty()) {
                List<PsvCheck> blocking = a.notFresh().stream()
                        .filter(c -> outcome == DecisionOutcome.APPROVE || c.state() != PsvCheck.State.HELD).toList();
                return new Result(Optional.empty(), blocking, refusals);
            }
        }
        CredentialingDecision d = new CredentialingDecision(Ids.newId(clock), providerId,
                outcome == DecisionOutcome.DEFER ? null : checklistId, outcome, by, on, applied, note);
        credentialing.addDecision(d, ctx);
        return new Result(Optional.of(d), List.of(), List.of());
    }
}
