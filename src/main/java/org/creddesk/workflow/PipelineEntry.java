package org.creddesk.workflow;

import java.util.List;
import org.creddesk.domain.workflow.PipelineCard;

/** A card of the pipeline: the provider, days in the stage, whether past the stage's expected days, what blocks. */
public record PipelineEntry(PipelineCard card, long daysInStage, boolean overdue, List<Blocker> blocks) {
    public PipelineEntry {
        blocks = List.copyOf(blocks);
    }
}
