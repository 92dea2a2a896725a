package org.creddesk.store;

import java.util.List;
import java.util.Optional;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.workflow.Contract;
import org.creddesk.domain.workflow.ContractFacts;
import org.jdbi.v3.core.Handle;

/**
 * Payer contracts of providers; every write goes through the change log and refreshes the provider's deadlines
 * (the renewal notice) and lifecycle stage (a signed contract moves an approved enrollment to Onboarding).
 */
public final class ContractRepository {
    private final Database db;
    private final DeadlineRepository deadlines;

    public ContractRepository(Database db, DeadlineRepository deadlines) {
        this.db = db;
        this.deadlines = deadlines;
    }

    public void add(Contract c, ChangeContext ctx) {
        db.write(h -> {
            rows(h, ctx).insert(WorkflowSchema.CONTRACT, c, c.providerId());
            deadlines.refresh(h, c.providerId());
            return null;
        });
    }

    /** Writes the contract's changed fields (an early end, a new end date). */
    public void update(Contract c, ChangeContext ctx) {
        db.write(h -> {
            Contract old = byId(h, c.id()).orElseThrow(() -> new StoreException("No contract " + c.id()));
            rows(h, ctx).update(WorkflowSchema.CONTRACT, old, c, c.providerId());
            deadlines.refresh(h, c.providerId());
            return null;
        });
    }

    public Optional<Contract> byId(String id) {
        return db.read(h -> byId(h, id));
    }

    private static Optional<Contract> byId(Handle h, String id) {
        return WorkflowRows.select(h, WorkflowSchema.CONTRACT, "id = ?", id).stream().findFirst();
    }

    public List<ContractFacts> forProvider(String providerId) {
        return db.read(h -> WorkflowFactsReader.contractFacts(h, WorkflowRows.select(h, WorkflowSchema.CONTRACT,
                "provider_id = ? ORDER BY effective_on, id", providerId)));
    }

    /** The standing contracts of many providers (the roster export's contract dates), in one read per chunk. */
    public List<ContractFacts> forProviders(List<String> providerIds) {
        return db.read(h -> WorkflowFactsReader.contractFacts(h,
                WorkflowRows.selectIn(h, WorkflowSchema.CONTRACT, "provider_id", providerIds)));
    }

    private WorkflowRows rows(Handle h, ChangeContext ctx) {
        return new WorkflowRows(h, ctx, Ids.newId(db.clock()), db.clock().instant());
    }
}
