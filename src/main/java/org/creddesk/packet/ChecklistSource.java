package org.creddesk.packet;

import java.util.List;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.ChecklistLine;

/**
 * Where the packet's checklist-status part gets its lines. The workflow feature (checklists) plugs in here; until
 * it is wired in AppContext the part says that no checklist is kept for the provider.
 */
public interface ChecklistSource {
    ChecklistSource NONE = file -> List.of();

    List<ChecklistLine> linesFor(ProviderFile file);
}
