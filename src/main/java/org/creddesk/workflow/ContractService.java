package org.creddesk.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Contract;
import org.creddesk.domain.workflow.ContractFacts;
import org.creddesk.domain.workflow.ContractKind;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.ContractRepository;
import org.creddesk.store.EnrollmentRepository;
import org.creddesk.store.ProviderRepository;

/**
 * Payer contracts of a provider (issue 14): add, list, end. A contract's notice date is a deadline; a standing
 * contract with the payer of an approved enrollment moves the provider to Onboarding.
 */
public final class ContractService {
    /** What a new contract says; {@code documentId} is one of the provider's documents, or null. */
    public record Terms(String payerId, ContractKind kind, LocalDate effectiveOn, LocalDate endsOn, boolean autoRenews,
                        Integer noticeDays, String feeSchedule, String documentId) {
    }

    private final ContractRepository contracts;
    private final EnrollmentRepository payers;
    private final ProviderRepository providers;
    private final Clock clock;

    public ContractService(ContractRepository contracts, EnrollmentRepository payers, ProviderRepository providers,
                           Clock clock) {
        this.contracts = contracts;
        this.payers = payers;
        this.providers = providers;
        this.clock = clock;
    }

    /** Checks the terms (a clear sentence when they do not hold; nothing written) and adds the contract. */
    public Contract add(String providerId, Terms t, ChangeContext ctx) {
        ProviderFile file = providers.load(providerId).orElseThrow(() -> new NotFoundException("No provider " + providerId));
        if (t.payerId() == null || payers.payer(t.payerId()).isEmpty()) {
            throw new IllegalArgumentException("Choose a payer the desk knows (" + t.payerId() + " is not one)");
        }
        if (t.kind() == null) {
            throw new IllegalArgumentException("Say what kind of contract it is: participating or single-case");
        }
        if (t.effectiveOn() != null && t.endsOn() != null && t.endsOn().isBefore(t.effectiveOn())) {
            throw new IllegalArgumentException("The end date " + t.endsOn() + " is before the effective date "
                    + t.effectiveOn());
        }
        if (t.noticeDays() != null && t.noticeDays() < 0) {
            throw new IllegalArgumentException("Notice days must be 0 or more, not " + t.noticeDays());
        }
        if (t.documentId() != null && file.documents().stream().noneMatch(d -> d.id().equals(t.documentId()))) {
            throw new IllegalArgumentException("Document " + t.documentId() + " is not one of this provider's documents");
        }
        Contract c = new Contract(Ids.newId(clock), providerId, t.payerId(), t.kind(), t.effectiveOn(), t.endsOn(),
                t.autoRenews(), t.noticeDays(), blankToNull(t.feeSchedule()), t.documentId(), null);
        contracts.add(c, ctx);
        return c;
    }

    /** Ends a standing contract on {@code on} (today when null): it no longer counts nor has a renewal deadline. */
    public Contract end(String contractId, LocalDate on, ChangeContext ctx) {
        Contract c = contracts.byId(contractId).orElseThrow(() -> new NotFoundException("No contract " + contractId));
        if (c.terminatedOn() != null) {
            throw new IllegalArgumentException("The contract already ended on " + c.terminatedOn());
        }
        Contract ended = c.terminated(on == null ? LocalDate.now(clock) : on);
        contracts.update(ended, ctx);
        return ended;
    }

    public List<ContractFacts> forProvider(String providerId) {
        return contracts.forProvider(providerId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
