package org.creddesk.ui.network;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.creddesk.domain.network.ChartData;
import org.creddesk.domain.network.NetworkCharts;
import org.creddesk.ui.common.Messages;

/** The window's words for a chart: its title, empty state, series and categories, from the bundle. */
final class NetworkChartTexts {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.getDefault());
    private final Messages messages;

    NetworkChartTexts(Messages messages) {
        this.messages = messages;
    }

    String title(ChartData c) {
        return switch (c.id()) {
            case NetworkCharts.CREDENTIALING -> messages.text("network.chart.credentialingTime");
            case NetworkCharts.ENROLLMENT_TIME -> messages.text("network.chart.enrollmentTime");
            case NetworkCharts.BY_STATUS -> messages.text("network.chart.enrollmentsByStatus");
            case NetworkCharts.STAGES -> messages.text("network.chart.providersByStage");
            case NetworkCharts.EXPIRABLES -> messages.text("network.chart.expirablesDue");
            case NetworkCharts.SCREENING -> messages.text("network.chart.screeningCoverage",
                    c.series().get(0).values().get(0).longValue(), total(c));
            case NetworkCharts.PAYER_COVERAGE -> messages.text("network.chart.payerCoverage");
            default -> c.title();
        };
    }

    String empty(ChartData c) {
        return switch (c.id()) {
            case NetworkCharts.CREDENTIALING -> messages.text("network.empty.credentialingTime");
            case NetworkCharts.ENROLLMENT_TIME -> messages.text("network.empty.enrollmentTime");
            case NetworkCharts.BY_STATUS -> messages.text("network.empty.enrollmentsByStatus");
            case NetworkCharts.STAGES -> messages.text("network.empty.providersByStage");
            case NetworkCharts.EXPIRABLES -> messages.text("network.empty.expirablesDue");
            case NetworkCharts.SCREENING -> messages.text("network.empty.screeningCoverage");
            case NetworkCharts.PAYER_COVERAGE -> messages.text("network.empty.payerCoverage");
            default -> c.empty();
        };
    }

    String series(ChartData.Series s) {
        String key = "network.series." + s.id();
        return messages.has(key) ? messages.text(key) : s.name();
    }

    String category(ChartData c, int i) {
        String id = c.categoryIds().get(i);
        if (c.id().equals(NetworkCharts.BY_STATUS)) {
            return messages.text("enrollments.status." + id.toLowerCase(Locale.ROOT));
        }
        if (c.id().equals(NetworkCharts.SCREENING)) {
            return messages.text("network.share." + id);
        }
        if (c.id().equals(NetworkCharts.STAGES)) {
            String key = "network.stage." + id;
            return messages.has(key) ? messages.text(key) : c.categories().get(i);
        }
        try {
            return YearMonth.parse(id).format(MONTH);
        } catch (DateTimeParseException e) {
            return c.categories().get(i);
        }
    }

    private static long total(ChartData c) {
        return c.series().get(0).values().stream().mapToLong(Double::longValue).sum();
    }
}
