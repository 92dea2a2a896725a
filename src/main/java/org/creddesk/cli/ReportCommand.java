package org.creddesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.creddesk.domain.network.NetworkKpis;
import org.creddesk.workflow.NetworkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk report ...}: reports for a meeting. */
@Command(name = "report", description = "Reports for a monthly meeting (PDF, xlsx).",
        subcommands = ReportCommand.Network.class)
public final class ReportCommand {
    @ParentCommand
    CredDeskCommand root;

    /** {@code creddesk report network [--month YYYY-MM] [--out FILE.pdf] [--xlsx FILE.xlsx]}. */
    @Command(name = "network", description = "The Network page (KPIs with charts) as a PDF and/or the numbers "
            + "behind each chart as an xlsx workbook.")
    static final class Network implements Runnable {
        @ParentCommand
        ReportCommand parent;
        @Option(names = "--month", paramLabel = "YYYY-MM", description = "Default: this month")
        String month;
        @Option(names = "--out", paramLabel = "FILE", description = "The PDF report to write")
        Path out;
        @Option(names = "--xlsx", paramLabel = "FILE", description = "The workbook to write: a sheet per chart")
        Path xlsx;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            if (out == null && xlsx == null) {
                throw new CliException(CliException.USAGE, "Say where to write the report: --out FILE.pdf, "
                        + "--xlsx FILE.xlsx, or both.");
            }
            NetworkReport report = root.context().networkReport();
            YearMonth ym;
            try {
                ym = month == null ? report.thisMonth() : YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                throw new CliException(CliException.USAGE, "'" + month + "' is not a month (YYYY-MM)");
            }
            NetworkKpis k = report.load(ym);
            Path target = null;
            try {
                if (out != null) {
                    target = out;
                    report.writePdf(k, out, root.context().manualChange().actor());
                    root.out().println(out);
                }
                if (xlsx != null) {
                    target = xlsx;
                    report.writeWorkbook(k, xlsx);
                    root.out().println(xlsx);
                }
            } catch (IOException e) {
                throw new CliException(CliException.UNREADABLE, "Cannot write the report to " + target + ": "
                        + e.getMessage());
            }
            root.err().printf("%s: %s, %s%n", ym, Counted.of(k.activeProviders(), "active provider"),
                    Counted.of(k.credentialingYear().count(), "credentialing decision"));
        }
    }
}
