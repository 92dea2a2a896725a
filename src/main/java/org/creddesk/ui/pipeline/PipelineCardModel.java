package org.creddesk.ui.pipeline;

import java.util.List;
import org.creddesk.domain.workflow.LifecycleStage;

/** What one card of the pipeline shows, in words already (the cell only lays it out). */
public record PipelineCardModel(String providerId, LifecycleStage stage, String name, String specialty,
                                String days, boolean overdue, String blocksLine, List<String> blocks) {
    public PipelineCardModel {
        blocks = List.copyOf(blocks);
    }
}
