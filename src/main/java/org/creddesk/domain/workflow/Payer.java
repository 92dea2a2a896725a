package org.creddesk.domain.workflow;

/**
 * A payer as data: its kind (and state for Medicaid), how long it usually takes to decide, how often to follow
 * up, and notes on its quirks (wet signature, specific forms).
 */
public record Payer(String id, String name, PayerKind kind, String state, int typicalProcessingDays,
                    int followUpCadenceDays, String notes) {
}
