package org.creddesk.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.creddesk.domain.Progress;
import org.creddesk.domain.report.TableReport;
import org.creddesk.packet.ReportPdfWriter;
import org.creddesk.roster.RosterTableWriter;

/**
 * Writes the monthly monitoring report for auditors into a folder: CSV files (the original contract), a PDF and
 * an xlsx workbook (a sheet per table), named {@code monitoring-YYYY-MM…}.
 */
public final class MonitoringReportFiles {
    /** The formats a report can be written in. */
    public enum Format {
        CSV, PDF, XLSX;

        public static Format parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is not a report format: use csv, pdf or xlsx");
            }
        }
    }

    private final ScreeningService screening;
    private final ReportPdfWriter pdf;
    private final Clock clock;

    public MonitoringReportFiles(ScreeningService screening, ReportPdfWriter pdf, Clock clock) {
        this.screening = screening;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** What was written, and the report's figures. */
    public record Written(MonitoringReport report, List<Path> files) {
    }

    public Written write(YearMonth month, Path dir, Set<Format> formats, String madeBy, Progress progress)
            throws IOException {
        progress.update(0, formats.size() + 1, "Collecting the report");
        MonitoringReport report = screening.monthlyReport(month);
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        TableReport tables = MonitoringReportTables.of(report, madeBy, LocalDate.now(clock));
        int step = 1;
        if (formats.contains(Format.CSV)) {
            progress.checkCancelled();
            files.addAll(MonitoringReportCsv.write(report, dir));
            progress.update(step++, formats.size() + 1, "CSV written");
        }
        String base = "monitoring-" + month;
        if (formats.contains(Format.PDF)) {
            progress.checkCancelled();
            Path file = dir.resolve(base + ".pdf");
            pdf.write(tables, file, clock.instant());
            files.add(file);
            progress.update(step++, formats.size() + 1, "PDF written");
        }
        if (formats.contains(Format.XLSX)) {
            progress.checkCancelled();
            Path file = dir.resolve(base + ".xlsx");
            try (RosterTableWriter w = RosterTableWriter.forFile(file)) {
                for (TableReport.Section s : tables.sections()) {
                    w.startSheet(s.sheet(), s.columns());
                    for (List<String> row : s.rows()) {
                        w.row(row);
                    }
                }
            }
            files.add(file);
            progress.update(step, formats.size() + 1, "Workbook written");
        }
        return new Written(report, files);
    }
}
