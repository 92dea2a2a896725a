package org.creddesk.domain.network;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.EnrollmentStatus;

/** The Network page's charts, in page order, from its figures. */
public final class NetworkCharts {
    public static final String CREDENTIALING = "credentialingTime";
    public static final String ENROLLMENT_TIME = "enrollmentTime";
    public static final String BY_STATUS = "enrollmentsByStatus";
    public static final String STAGES = "providersByStage";
    public static final String EXPIRABLES = "expirablesDue";
    public static final String SCREENING = "screeningCoverage";
    public static final String PAYER_COVERAGE = "payerCoverage";

    private NetworkCharts() {
    }

    public static List<ChartData> of(NetworkKpis k) {
        List<ChartData> charts = new ArrayList<>();
        charts.add(credentialing(k));
        charts.add(enrollmentTime(k));
        charts.add(byStatus(k));
        charts.add(stages(k));
        charts.add(expirables(k));
        charts.add(screening(k));
        charts.add(payerCoverage(k));
        return charts;
    }

    static ChartData credentialing(NetworkKpis k) {
        List<String> months = k.credentialing().stream().map(m -> m.month().toString()).toList();
        return new ChartData(CREDENTIALING, "Time to credential (application received to decision)", "days",
                ChartData.Kind.LINE, months, months, List.of(
                new ChartData.Series("median", "Median days", values(k.credentialing(), m -> m.days().median()), true),
                new ChartData.Series("p90", "P90 days",
                        values(k.credentialing(), m -> toDouble(m.days().p90())), true),
                new ChartData.Series("decisions", "Decisions",
                        values(k.credentialing(), m -> (double) m.days().count()), false)),
                "No initial credentialing decision in these twelve months: record decisions on a provider's "
                        + "credentialing checklist.");
    }

    static ChartData enrollmentTime(NetworkKpis k) {
        List<NetworkKpis.PayerEnrollmentTime> p = k.enrollmentTimes();
        List<String> payers = p.stream().map(NetworkKpis.PayerEnrollmentTime::payer).toList();
        return new ChartData(ENROLLMENT_TIME, "Time to enroll per payer (submitted to approved)", "days",
                ChartData.Kind.BAR, payers, payers, List.of(
                new ChartData.Series("median", "Median days", values(p, t -> t.days().median()), true),
                new ChartData.Series("p90", "P90 days", values(p, t -> toDouble(t.days().p90())), true),
                new ChartData.Series("typical", "Typical days",
                        values(p, t -> (double) t.typicalProcessingDays()), true),
                new ChartData.Series("overTypical", "Median − typical",
                        values(p, NetworkKpis.PayerEnrollmentTime::medianOverTypical), false),
                new ChartData.Series("approvals", "Approvals", values(p, t -> (double) t.days().count()), false)),
                "No enrollment approved in these twelve months: approve enrollments on the Enrollments board.");
    }

    static ChartData byStatus(NetworkKpis k) {
        List<EnrollmentStatus> statuses = List.of(EnrollmentStatus.values());
        return new ChartData(BY_STATUS, "Enrollments by status (now)", "enrollments", ChartData.Kind.BAR,
                statuses.stream().map(Enum::name).toList(), statuses.stream().map(NetworkCharts::label).toList(),
                List.of(new ChartData.Series("enrollments", "Enrollments",
                        values(statuses, s -> (double) k.enrollmentsByStatus().getOrDefault(s, 0L)), true)),
                "No enrollment yet: start one from a provider's file or the Enrollments board.");
    }

    static ChartData stages(NetworkKpis k) {
        List<NetworkKpis.StageCount> s = k.stages();
        return new ChartData(STAGES, "Active providers by lifecycle stage (now)", "providers", ChartData.Kind.BAR,
                s.stream().map(NetworkKpis.StageCount::stage).toList(),
                s.stream().map(c -> label(c.stage())).toList(),
                List.of(new ChartData.Series("providers", "Providers", values(s, c -> (double) c.providers()), true)),
                "No lifecycle stages recorded yet.");
    }

    static ChartData expirables(NetworkKpis k) {
        List<String> months = k.expirables().stream().map(m -> m.month().toString()).toList();
        List<ChartData.Series> series = new ArrayList<>();
        for (DeadlineKind kind : NetworkKpis.EXPIRABLE_KINDS) {
            series.add(new ChartData.Series(kind.name(), kindLabel(kind),
                    values(k.expirables(), m -> (double) m.byKind().getOrDefault(kind, 0L)), true));
        }
        series.add(new ChartData.Series("total", "Total", values(k.expirables(), m -> (double) m.total()), false));
        YearMonth last = k.month().plusMonths(11);
        return new ChartData(EXPIRABLES, "Expirables due per month, " + k.month() + " to " + last, "deadlines",
                ChartData.Kind.STACKED_BAR, months, months, series,
                "Nothing expires in these twelve months, or no license, DEA, board or malpractice dates are recorded.");
    }

    static ChartData screening(NetworkKpis k) {
        NetworkKpis.ScreeningCoverage c = k.screening();
        return new ChartData(SCREENING, String.format(Locale.ROOT, "Screening coverage %s: %.1f%% of %d active "
                        + "providers", c.month(), c.share() * 100, c.active()), "providers", ChartData.Kind.SHARE,
                List.of("screened", "not_screened"), List.of("Screened", "Not screened"),
                List.of(new ChartData.Series("providers", "Active providers",
                        List.of((double) c.screened(), (double) (c.active() - c.screened())), true)),
                "No active provider: add providers or load the sample.");
    }

    static ChartData payerCoverage(NetworkKpis k) {
        List<NetworkKpis.PayerCoverage> p = k.payerCoverage();
        List<String> payers = p.stream().map(NetworkKpis.PayerCoverage::payer).toList();
        return new ChartData(PAYER_COVERAGE, "Active providers fully enrolled with each payer", "%",
                ChartData.Kind.BAR, payers, payers, List.of(
                new ChartData.Series("share", "Fully enrolled %", values(p, c -> round1(c.share() * 100)), true),
                new ChartData.Series("fullyEnrolled", "Fully enrolled", values(p, c -> (double) c.fullyEnrolled()),
                        false),
                new ChartData.Series("active", "Active providers", values(p, c -> (double) c.active()), false)),
                "No provider is fully enrolled with any payer yet: approve enrollments on the Enrollments board.");
    }

    private static <T> List<Double> values(List<T> items, Function<T, Double> value) {
        List<Double> result = new ArrayList<>();
        for (T t : items) {
            result.add(value.apply(t));
        }
        return result;
    }

    private static Double toDouble(Integer v) {
        return v == null ? null : v.doubleValue();
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** SUBMITTED → "Submitted", INFORMATION_REQUESTED → "Information requested". */
    static String label(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String kindLabel(DeadlineKind kind) {
        return switch (kind) {
            case DEA, CDS -> kind.name();
            case BOARD -> "Board certification";
            default -> label(kind.name());
        };
    }

    private static String label(EnrollmentStatus s) {
        return label(s.name());
    }

    /** A figure as the report prints it: whole numbers without decimals, one decimal otherwise, "–" for none. */
    public static String format(Double v) {
        if (v == null) {
            return "–";
        }
        if (v == Math.rint(v)) {
            return String.valueOf(v.longValue());
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
