package org.creddesk.domain.monitoring;

import java.util.Map;

/**
 * The providers exclusion-screening hits hold now (waiting for review, or confirmed), by provider id: read once
 * per list or board shown, so each row can be flagged where people work (issue 15). The screening store answers.
 */
@FunctionalInterface
public interface ExclusionHoldSource {
    ExclusionHoldSource NONE = Map::of;

    Map<String, ExclusionHold> current();
}
