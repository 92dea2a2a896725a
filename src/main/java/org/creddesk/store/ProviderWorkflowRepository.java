package org.creddesk.store;

import java.util.Collection;
import java.util.Map;
import org.creddesk.domain.workflow.ProviderWorkflow;

/** Reads the workflow data of providers as the deadline rules see it. */
public final class ProviderWorkflowRepository {
    private final Database db;

    public ProviderWorkflowRepository(Database db) {
        this.db = db;
    }

    public ProviderWorkflow load(String providerId) {
        return db.read(h -> WorkflowFactsReader.load(h, java.util.List.of(providerId)).get(providerId));
    }

    public Map<String, ProviderWorkflow> loadAll(Collection<String> providerIds) {
        return db.read(h -> WorkflowFactsReader.load(h, providerIds));
    }
}
