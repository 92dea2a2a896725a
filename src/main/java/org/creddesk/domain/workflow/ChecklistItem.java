package org.creddesk.domain.workflow;

import java.time.LocalDate;

/** One item of a provider's checklist, with its status, the credential it concerns and the document received. */
public record ChecklistItem(String id, String checklistId, int position, ItemKind kind, String label,
                            boolean required, VerificationElement element, String credentialId, ItemStatus status,
                            LocalDate statusOn, String waiverReason, String documentId) {
}
