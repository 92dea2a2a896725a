package org.creddesk.ui.pipeline;

import java.util.List;
import org.creddesk.domain.workflow.LifecycleStage;

/** One column: its title with the exact count, the "showing N of M" line (empty when all show), its cards. */
public record PipelineColumnModel(LifecycleStage stage, String title, String shownLine,
                                  List<PipelineCardModel> cards) {
    public PipelineColumnModel {
        cards = List.copyOf(cards);
    }
}
