package org.creddesk.domain.workflow;

import java.time.LocalDate;

/**
 * One move of a provider's lifecycle stage: from (null for the first placement) to, on which day, why (a fact or a
 * person), the reason in words and who. A history row: written once, never changed.
 */
public record StageMove(String id, String providerId, LifecycleStage from, LifecycleStage to, LocalDate on,
                        StageCause cause, String reason, String actor) {
}
