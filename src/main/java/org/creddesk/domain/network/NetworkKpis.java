package org.creddesk.domain.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.EnrollmentStatus;

/**
 * Everything the Network screen and its monthly report show, for one chosen month. Periods: the twelve months
 * ending with {@code month} for the two "time to" figures, that month for screening coverage, the twelve months
 * starting with it for expirables; enrollments by status, stages and payer coverage are as the store stands.
 *
 * @param month               the month chosen
 * @param computedOn          the day the figures were read
 * @param activeProviders     providers whose status is active
 * @param credentialing       application received to decision, by month of the decision (twelve months, oldest first)
 * @param enrollmentTimes     submitted to approved, per payer, for approvals in the twelve months
 * @param enrollmentsByStatus every status with its count (zero included), in pipeline order
 * @param stages              active providers per lifecycle stage code, in stage order; empty when stages are not kept
 * @param expirables          open expirable deadlines due per month, twelve months from {@code month}
 * @param screening           active providers screened in {@code month}
 * @param payerCoverage       per payer, active providers fully enrolled
 */
public record NetworkKpis(YearMonth month, LocalDate computedOn, long activeProviders,
                          List<MonthDurations> credentialing, List<PayerEnrollmentTime> enrollmentTimes,
                          Map<EnrollmentStatus, Long> enrollmentsByStatus, List<StageCount> stages,
                          List<ExpirablesMonth> expirables, ScreeningCoverage screening,
                          List<PayerCoverage> payerCoverage) {
    public NetworkKpis {
        credentialing = List.copyOf(credentialing);
        enrollmentTimes = List.copyOf(enrollmentTimes);
        enrollmentsByStatus = Map.copyOf(enrollmentsByStatus);
        stages = List.copyOf(stages);
        expirables = List.copyOf(expirables);
        payerCoverage = List.copyOf(payerCoverage);
    }

    /** The kinds of deadline that count as expirables: the credentials that lapse on their own date. */
    public static final List<DeadlineKind> EXPIRABLE_KINDS = List.of(DeadlineKind.LICENSE, DeadlineKind.DEA,
            DeadlineKind.CDS, DeadlineKind.BOARD, DeadlineKind.MALPRACTICE);

    /** The twelve months' decisions together. */
    public DayCounts credentialingYear() {
        DayCounts all = DayCounts.empty();
        for (MonthDurations m : credentialing) {
            all = all.plus(m.days());
        }
        return all;
    }

    public long enrollmentCount() {
        return enrollmentsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Durations of the cases decided in one month. */
    public record MonthDurations(YearMonth month, DayCounts days) {
    }

    /** A payer's time from submitted to approved, against the days it typically takes. */
    public record PayerEnrollmentTime(String payer, int typicalProcessingDays, DayCounts days) {
        /** Median minus typical days (positive: slower than usual); null when nothing was approved. */
        public Double medianOverTypical() {
            Double m = days.median();
            return m == null ? null : m - typicalProcessingDays;
        }
    }

    /** Active providers in one lifecycle stage (the stage's code, e.g. CREDENTIALING). */
    public record StageCount(String stage, long providers) {
    }

    /** Open expirable deadlines due in one month, per kind. */
    public record ExpirablesMonth(YearMonth month, Map<DeadlineKind, Long> byKind) {
        public ExpirablesMonth {
            byKind = Map.copyOf(byKind);
        }

        public long total() {
            return byKind.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Active providers, and those of them screened at least once in the month. */
    public record ScreeningCoverage(YearMonth month, long active, long screened) {
        public double share() {
            return active == 0 ? 0 : (double) screened / active;
        }
    }

    /**
     * Active providers fully enrolled with a payer (every enrollment they have with it approved, at least one), out
     * of all active providers.
     */
    public record PayerCoverage(String payer, long active, long fullyEnrolled) {
        public double share() {
            return active == 0 ? 0 : (double) fullyEnrolled / active;
        }
    }
}
