package org.creddesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.creddesk.domain.Progress;
import org.creddesk.monitoring.MonitoringReport;
import org.creddesk.monitoring.MonitoringReportFiles;
import org.creddesk.monitoring.MonitoringReportFiles.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk screen report [--month YYYY-MM] --out DIR [--format csv,pdf,xlsx]}: the monthly monitoring
 * report (CSV files, a PDF and an xlsx workbook by default).
 */
@Command(name = "report", description = "Monthly monitoring report for auditors (CSV files, PDF, xlsx).")
final class ScreenReportCommand implements Runnable {
    @ParentCommand
    ScreenCommand parent;
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Default: this month")
    String month;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the report to")
    Path out;
    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "csv, pdf, xlsx (repeat or separate with commas; default: all three)")
    List<String> formats;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        YearMonth ym;
        try {
            ym = month == null ? YearMonth.from(LocalDate.now(root.clock())) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new CliException(CliException.USAGE, "'" + month + "' is not a month (YYYY-MM)");
        }
        Set<Format> wanted = EnumSet.noneOf(Format.class);
        try {
            if (formats == null) {
                wanted = EnumSet.allOf(Format.class);
            } else {
                for (String f : formats) {
                    wanted.add(Format.parse(f));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.USAGE, e.getMessage());
        }
        MonitoringReportFiles.Written written;
        try {
            written = root.context().monitoringReports().write(ym, out, wanted, root.context().manualChange().actor(),
                    Progress.NONE);
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Cannot write the report to " + out + ": " + e.getMessage());
        }
        written.files().forEach(root.out()::println);
        MonitoringReport report = written.report();
        root.err().printf("%s: %s, %s, %s, %s%n", ym, Counted.of(report.runs().size(), "run"),
                Counted.of(report.providers().size(), "provider"), Counted.of(report.hits().size(), "hit"),
                Counted.of(report.decisions().size(), "decision"));
    }
}
