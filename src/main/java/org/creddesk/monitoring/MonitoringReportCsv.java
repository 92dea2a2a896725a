package org.creddesk.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.monitoring.HitDecision;
import org.creddesk.domain.monitoring.ListVersion;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.monitoring.ScreeningRun;
import org.creddesk.roster.RosterTableWriter;

/**
 * Writes the monthly report as three CSV files an auditor opens in a spreadsheet: {@code -lists.csv} (runs and
 * list versions), {@code -providers.csv} (who was screened, when next due), {@code -hits.csv} (hits and decisions
 * with their evidence). Written through the one CSV writer ({@link RosterTableWriter}), which neutralises cells a
 * spreadsheet would run as a formula; every field is quoted, as auditors' tools have always received it.
 */
public final class MonitoringReportCsv {
    private MonitoringReportCsv() {
    }

    /** Writes the three files into {@code dir}; returns their paths. */
    public static List<Path> write(MonitoringReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        String prefix = "monitoring-" + report.month();
        List<Path> files = new ArrayList<>();
        files.add(write(dir.resolve(prefix + "-lists.csv"), lists(report)));
        files.add(write(dir.resolve(prefix + "-providers.csv"), providers(report)));
        files.add(write(dir.resolve(prefix + "-hits.csv"), hits(report)));
        return files;
    }

    static List<List<String>> lists(MonitoringReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Record", "Id", "Date", "List", "File", "Downloaded", "Rows", "SHA-256", "Providers screened",
                "Hits", "New hits", "By"));
        for (ScreeningRun r : report.runs()) {
            rows.add(List.of("screening run", r.id(), r.screenedAt().toString(), "", "", "", "",
                    "", String.valueOf(r.providersScreened()), String.valueOf(r.hits()), String.valueOf(r.newHits()),
                    r.actor()));
        }
        for (ListVersion v : report.listVersions()) {
            rows.add(List.of("list version", v.id(), v.importedAt().toString(), v.source().name(), v.fileName(),
                    v.downloadedOn().toString(), String.valueOf(v.rowCount()), v.sha256(), "", "", "", ""));
        }
        return rows;
    }

    static List<List<String>> providers(MonitoringReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Provider", "NPI", "Last screened", "Screened this month", "Next screening due"));
        for (MonitoringReport.ProviderLine p : report.providers()) {
            rows.add(List.of(p.name(), text(p.npi()), p.lastScreened() == null ? "never" : p.lastScreened().toString(),
                    p.screenedInMonth() ? "yes" : "no", p.nextDue().toString()));
        }
        return rows;
    }

    static List<List<String>> hits(MonitoringReport report) {
        Map<String, List<HitDecision>> byHit = new HashMap<>();
        report.decisions().forEach(d -> byHit.computeIfAbsent(d.hitId(), k -> new ArrayList<>()).add(d));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Hit", "Provider", "NPI", "List", "Strength", "Reasons", "List name", "List DOB",
                "Exclusion type", "Exclusion date", "Status", "Decision", "Note", "Decided by", "Decided at",
                "Evidence file", "Downloaded", "SHA-256"));
        for (ScreeningHit h : report.hits()) {
            List<HitDecision> decisions = byHit.getOrDefault(h.id(), List.of());
            List<String> base = List.of(h.id(), h.providerName(), text(h.providerNpi()), h.source().name(),
                    h.strength().label(), String.join("; ", h.reasons()), h.listRow().displayName(),
                    text(h.listRow().dateOfBirth()), text(h.listRow().exclusionType()),
                    text(h.listRow().exclusionDate()), h.status().name().toLowerCase());
            if (decisions.isEmpty()) {
                List<String> row = new ArrayList<>(base);
                row.addAll(List.of("", "", "", "", "", "", ""));
                rows.add(row);
            }
            for (HitDecision d : decisions) {
                List<String> row = new ArrayList<>(base);
                row.addAll(List.of(d.disposition().label(), d.note(), d.actor(), d.decidedAt().toString(),
                        d.listFileName(), d.listDownloadedOn().toString(), d.listSha256()));
                rows.add(row);
            }
        }
        return rows;
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static Path write(Path file, List<List<String>> rows) throws IOException {
        try (RosterTableWriter w = RosterTableWriter.csvQuotingEveryField(file)) {
            w.startSheet(file.getFileName().toString(), rows.get(0));
            for (List<String> row : rows.subList(1, rows.size())) {
                w.row(row);
            }
        }
        return file;
    }
}
