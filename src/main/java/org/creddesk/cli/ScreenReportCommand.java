package org.creddesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.creddesk.monitoring.MonitoringReport;
import org.creddesk.monitoring.MonitoringReportCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk screen report [--month YYYY-MM] --out DIR}: the monthly monitoring report as CSV files. */
@Command(name = "report", description = "Monthly monitoring report for auditors (CSV files).")
final class ScreenReportCommand implements Runnable {
    @ParentCommand
    ScreenCommand parent;
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Default: this month")
    String month;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the CSV files to")
    Path out;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        YearMonth ym;
        try {
            ym = month == null ? YearMonth.from(LocalDate.now(root.clock())) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new CliException(CliException.USAGE, "'" + month + "' is not a month (YYYY-MM)");
        }
        MonitoringReport report = root.context().screening().monthlyReport(ym);
        try {
            for (Path file : MonitoringReportCsv.write(report, out)) {
                root.out().println(file);
            }
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Cannot write the report to " + out + ": " + e.getMessage());
        }
        root.err().printf("%s: %d runs, %d providers, %d hits, %d decisions%n", ym, report.runs().size(),
                report.providers().size(), report.hits().size(), report.decisions().size());
    }
}
