package org.creddesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.ChecklistLine;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.packet.ChecklistSource;
import org.creddesk.workflow.ChecklistService;

/** Feeds the packet's checklist-status part from the provider's open workflow checklists. */
final class WorkflowChecklistSource implements ChecklistSource {
    private final ChecklistService checklists;

    WorkflowChecklistSource(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @Override
    public List<ChecklistLine> linesFor(ProviderFile file) {
        List<ChecklistLine> lines = new ArrayList<>();
        for (Checklist checklist : checklists.forProvider(file.id())) {
            if (!checklist.isOpen()) {
                continue;
            }
            for (ChecklistItem item : checklists.items(checklist.id())) {
                String status = item.status().name().toLowerCase(Locale.ROOT) + (item.required() ? "" : " (optional)");
                lines.add(new ChecklistLine(checklist.name() + ": " + item.label(), status,
                        checklist.plannedCommittee()));
            }
        }
        return lines;
    }
}
