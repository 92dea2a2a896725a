package org.creddesk.workflow;

import java.util.List;
import org.creddesk.domain.workflow.LifecycleStage;

/** A column of the pipeline: its stage, how many providers are in it, the expected days, the first cards. */
public record PipelineStage(LifecycleStage stage, int total, Integer expectedDays, List<PipelineEntry> entries) {
    public PipelineStage {
        entries = List.copyOf(entries);
    }
}
