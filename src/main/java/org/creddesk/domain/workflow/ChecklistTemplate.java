package org.creddesk.domain.workflow;

import java.util.List;

/** A checklist template, kept as data so coordinators can edit it; {@code payerId} set for a payer's own list. */
public record ChecklistTemplate(String id, String code, String name, WorkflowKind kind, String payerId,
                                List<TemplateItem> items) {
    public ChecklistTemplate {
        items = List.copyOf(items);
    }
}
