package org.creddesk.domain.workflow;

import java.util.List;

/** One stage of the pipeline: how many providers are in it (exact) and the first of them, oldest in it first. */
public record PipelineColumn(LifecycleStage stage, int total, List<PipelineCard> cards) {
    public PipelineColumn {
        cards = List.copyOf(cards);
    }
}
