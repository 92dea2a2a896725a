package org.creddesk.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.creddesk.domain.network.ChartData;
import org.creddesk.domain.network.NetworkCharts;
import org.creddesk.domain.network.NetworkKpis;
import org.creddesk.packet.NetworkReportPdf;
import org.creddesk.roster.ChartWorkbook;
import org.creddesk.store.NetworkKpiQueries;

/**
 * The Network page's figures and its monthly report: the window and {@code creddesk report network} both read
 * and write through here, so the screen, the PDF and the workbook show the same numbers.
 */
public final class NetworkReport {
    private final NetworkKpiQueries queries;
    private final NetworkReportPdf pdf;
    private final Clock clock;

    public NetworkReport(NetworkKpiQueries queries, NetworkReportPdf pdf, Clock clock) {
        this.queries = queries;
        this.pdf = pdf;
        this.clock = clock;
    }

    public YearMonth thisMonth() {
        return YearMonth.from(LocalDate.now(clock));
    }

    public NetworkKpis load(YearMonth month) {
        return queries.load(month, LocalDate.now(clock));
    }

    /** The charts in page order; providers by stage only where the store keeps lifecycle stages. */
    public static List<ChartData> charts(NetworkKpis k) {
        return NetworkCharts.of(k).stream()
                .filter(c -> !c.id().equals(NetworkCharts.STAGES) || !k.stages().isEmpty()).toList();
    }

    public static String title(NetworkKpis k) {
        return "Network report " + k.month();
    }

    public static List<String> intro(NetworkKpis k, String madeBy) {
        YearMonth first = k.month().minusMonths(11);
        return List.of("Made " + k.computedOn() + " by " + madeBy + "; " + k.activeProviders()
                        + " active providers, " + k.enrollmentCount() + " enrollments.",
                "Time to credential and to enroll: decisions and approvals from " + first.atDay(1) + " to "
                        + k.month().atEndOfMonth() + ". Screening coverage: " + k.month() + ". Expirables: "
                        + k.month() + " to " + k.month().plusMonths(11) + ". Statuses and payer coverage: now.");
    }

    public void writePdf(NetworkKpis k, Path file, String madeBy) throws IOException {
        pdf.write(title(k), intro(k, madeBy), charts(k), file, clock.instant());
    }

    public void writeWorkbook(NetworkKpis k, Path file) throws IOException {
        ChartWorkbook.write(charts(k), file);
    }
}
