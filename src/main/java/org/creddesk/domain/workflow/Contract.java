package org.creddesk.domain.workflow;

import java.time.LocalDate;

/**
 * A provider's contract with a payer: its kind, term (effective, end), whether it renews by itself, how many days
 * before the end notice must be given, the fee schedule, the signed copy among the provider's documents, and the
 * day it was ended early ({@code terminatedOn}, null while it stands).
 */
public record Contract(String id, String providerId, String payerId, ContractKind kind, LocalDate effectiveOn,
                       LocalDate endsOn, boolean autoRenews, Integer noticeDays, String feeSchedule,
                       String documentId, LocalDate terminatedOn) {

    /** The last day to act: the end date minus the notice days (empty for a contract without an end date). */
    public java.util.Optional<LocalDate> noticeDate() {
        return endsOn == null ? java.util.Optional.empty()
                : java.util.Optional.of(endsOn.minusDays(noticeDays == null ? 0 : noticeDays));
    }

    /** Signed and standing on {@code day}: not ended early, and not past its end unless it renews by itself. */
    public boolean isActiveOn(LocalDate day) {
        if (terminatedOn != null && !terminatedOn.isAfter(day)) {
            return false;
        }
        return endsOn == null || autoRenews || !endsOn.isBefore(day);
    }

    public Contract terminated(LocalDate on) {
        return new Contract(id, providerId, payerId, kind, effectiveOn, endsOn, autoRenews, noticeDays, feeSchedule,
                documentId, on);
    }
}
