package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every number of the deadline rules, as a setting (DOMAIN.md gives the defaults; states, payers and accreditors
 * differ). Days are calendar days, months calendar months.
 *
 * @param expiryAlertDays         alert stages before an expiry (license, DEA, CDS, board, malpractice, reappointment)
 * @param recredentialingMonths   months from the last credentialing decision to recredentialing due
 * @param recredentialingWarnMonth month after the last decision from which recredentialing warns
 * @param recredentialingLateDays days after the due date in which a decision still counts as recredentialing
 * @param caqhDays                days from one CAQH attestation to the next
 * @param caqhDaysByState         exceptions to {@code caqhDays} by practice state (Illinois: 180)
 * @param caqhWarnDays            days before CAQH re-attestation is due that it starts to alert
 * @param defaultReappointmentMonths facility cycle when the affiliation does not say (24 or 36)
 * @param medicareRevalidationYears years between Medicare revalidations (due the last day of a month)
 * @param medicaidRevalidationYears years between Medicaid revalidations
 * @param revalidationWarnDays    days before a revalidation is due that it alerts
 * @param psvDays                 maximum age of a verification on the decision date
 * @param psvDaysBeforeCutover    maximum age for decisions before {@code psvCutover}
 * @param psvCutover              first decision date under {@code psvDays}
 * @param psvCvoCertificationDays maximum age for a CVO certification program
 * @param psvWarnDays             days before a planned committee that missing or stale verifications alert
 * @param followUpWarnDays        days before a planned follow-up that it alerts
 * @param enrollmentWarnDays      days before the expected payer decision that it alerts
 * @param informationRequestDays  days to answer a payer's request for information
 * @param enrollmentSilenceDays   days without a follow-up note after which an open enrollment is flagged
 * @param workHistoryYears        years of work history reviewed for gaps
 * @param gapExplanationMonths    a gap longer than this needs an explanation
 * @param gapWrittenMonths        a gap longer than this needs a written explanation
 * @param screeningMonths         exclusion screening is due by the end of the calendar month this many months
 *                                after the month of the last screening (1: at least once per calendar month)
 * @param screeningWarnDays       days before screening is due that it alerts
 * @param screeningAlertDays      an exclusion list downloaded after a provider's last screening (an alert) must be
 *                                screened against within this many days of its download
 * @param decisionNoticeDays      days after a credentialing decision within which the practitioner is told of it
 * @param dmeRevalidationYears    years between Medicare revalidations of a DME supplier
 * @param medicaidRevalidationYearsByState exceptions to {@code medicaidRevalidationYears} by the program's state
 * @param claimsHistoryYears      years of malpractice claims history reviewed and listed in packets
 */
public record DeadlineSettings(
        List<Integer> expiryAlertDays,
        int recredentialingMonths,
        int recredentialingWarnMonth,
        int recredentialingLateDays,
        int caqhDays,
        Map<String, Integer> caqhDaysByState,
        int caqhWarnDays,
        int defaultReappointmentMonths,
        int medicareRevalidationYears,
        int medicaidRevalidationYears,
        int revalidationWarnDays,
        int psvDays,
        int psvDaysBeforeCutover,
        LocalDate psvCutover,
        int psvCvoCertificationDays,
        int psvWarnDays,
        int followUpWarnDays,
        int enrollmentWarnDays,
        int informationRequestDays,
        int enrollmentSilenceDays,
        int workHistoryYears,
        int gapExplanationMonths,
        int gapWrittenMonths,
        int screeningMonths,
        int screeningWarnDays,
        int screeningAlertDays,
        int decisionNoticeDays,
        int dmeRevalidationYears,
        Map<String, Integer> medicaidRevalidationYearsByState,
        int claimsHistoryYears) {

    public DeadlineSettings {
        expiryAlertDays = List.copyOf(expiryAlertDays);
        // Sorted, so the settings read and print the same way in every run.
        caqhDaysByState = Collections.unmodifiableMap(new TreeMap<>(caqhDaysByState));
        medicaidRevalidationYearsByState = Collections.unmodifiableMap(new TreeMap<>(
                medicaidRevalidationYearsByState == null ? Map.of() : medicaidRevalidationYearsByState));
        Objects.requireNonNull(psvCutover, "psvCutover");
    }

    public static DeadlineSettings defaults() {
        return new DeadlineSettings(List.of(90, 60, 30, 14, 7, 0), 36, 34, 30, 120, Map.of("IL", 180), 30, 24, 5, 5,
                90, 120, 180, LocalDate.of(2025, 7, 1), 90, 30, 7, 14, 30, 30, 5, 6, 12, 1, 14, 30, 30, 3, Map.of(), 5);
    }

    /** The years between Medicaid revalidations in {@code state} (the program's state; may be null). */
    public int medicaidRevalidationYearsFor(String state) {
        return state == null ? medicaidRevalidationYears
                : medicaidRevalidationYearsByState.getOrDefault(state.strip().toUpperCase(), medicaidRevalidationYears);
    }

    /** The days between CAQH attestations for a provider practising in {@code state} (may be null). */
    public int caqhDaysFor(String state) {
        return state == null ? caqhDays : caqhDaysByState.getOrDefault(state.strip().toUpperCase(), caqhDays);
    }

    public int firstAlertDays() {
        return expiryAlertDays.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
