package org.creddesk.domain.workflow;

import java.time.LocalDate;

/**
 * One enrollment: provider × payer × state (× location). Dates of the pipeline steps that matter for deadlines
 * are kept on the row; every transition is also logged with its date. {@code payerProviderId} is the id the payer
 * assigned (PTAN, Medicaid id, plan provider id); {@code revalidatedOn} the last revalidation, if any;
 * {@code dmeSupplier} marks a Medicare enrollment as a DME supplier's (revalidated every 3 years, not 5).
 */
public record Enrollment(String id, String providerId, String payerId, String state, String locationId,
                         EnrollmentStatus status, LocalDate statusOn, LocalDate submittedOn,
                         LocalDate informationRequestedOn, LocalDate effectiveDate, String payerProviderId,
                         LocalDate revalidatedOn, boolean dmeSupplier) {

    public Enrollment(String id, String providerId, String payerId, String state, String locationId,
                      EnrollmentStatus status, LocalDate statusOn, LocalDate submittedOn,
                      LocalDate informationRequestedOn, LocalDate effectiveDate, String payerProviderId,
                      LocalDate revalidatedOn) {
        this(id, providerId, payerId, state, locationId, status, statusOn, submittedOn, informationRequestedOn,
                effectiveDate, payerProviderId, revalidatedOn, false);
    }

    public Enrollment moveTo(EnrollmentStatus next, LocalDate on) {
        return new Enrollment(id, providerId, payerId, state, locationId, next, on,
                next == EnrollmentStatus.SUBMITTED && submittedOn == null ? on : submittedOn,
                next == EnrollmentStatus.INFORMATION_REQUESTED ? on : informationRequestedOn,
                effectiveDate, payerProviderId, revalidatedOn, dmeSupplier);
    }

    /** Approved on {@code on}, effective {@code effective}, with the id the payer assigned. */
    public Enrollment approved(LocalDate on, LocalDate effective, String assignedId) {
        Enrollment moved = moveTo(EnrollmentStatus.APPROVED, on);
        return new Enrollment(id, providerId, payerId, state, locationId, moved.status, on, moved.submittedOn,
                moved.informationRequestedOn, effective, assignedId, revalidatedOn, dmeSupplier);
    }
}
