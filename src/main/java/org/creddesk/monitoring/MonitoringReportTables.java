package org.creddesk.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.monitoring.HitDecision;
import org.creddesk.domain.monitoring.ListVersion;
import org.creddesk.domain.monitoring.ScreeningEvidence;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.monitoring.ScreeningRun;
import org.creddesk.domain.report.TableReport;
import org.creddesk.domain.report.TableReport.Section;
import org.creddesk.store.ScreeningRepository.RunSubject;

/**
 * The monthly monitoring report as tables for the PDF and the workbook: list versions (file, download day, rows,
 * SHA-256), screening runs, who each run screened with its result, every active provider's last and next
 * screening, and the hits with every disposition (reviewer, note, evidence).
 */
public final class MonitoringReportTables {
    private MonitoringReportTables() {
    }

    public static TableReport of(MonitoringReport r, String madeBy, java.time.LocalDate madeOn) {
        List<String> intro = List.of("Ongoing monitoring against the OIG LEIE and SAM.gov exclusion lists, "
                        + r.month().atDay(1) + " to " + r.month().atEndOfMonth() + ".",
                "Made " + madeOn + " by " + madeBy + ": " + r.runs().size() + " screening runs, "
                        + r.subjects().size() + " provider screenings, " + r.hits().size() + " hits, "
                        + r.decisions().size() + " reviewer decisions.");
        return new TableReport("Monthly monitoring report " + r.month(), intro, List.of(lists(r), runs(r),
                subjects(r), providers(r), hits(r)));
    }

    static Section lists(MonitoringReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (ListVersion v : r.listVersions()) {
            rows.add(List.of(ScreeningEvidence.listName(v.source()), v.kind().name().toLowerCase(), v.fileName(),
                    v.downloadedOn().toString(), v.importedAt().toString(), String.valueOf(v.rowCount()), v.sha256()));
        }
        return new Section("List versions used", "Lists", List.of("List", "Kind", "File", "Downloaded", "Imported",
                "Rows", "SHA-256"), List.of(60, 40, 140, 55, 100, 40, 285), rows, "No screening run this month.");
    }

    static Section runs(MonitoringReport r) {
        Map<String, String> fileOf = new HashMap<>();
        r.listVersions().forEach(v -> fileOf.put(v.id(), v.fileName()));
        List<List<String>> rows = new ArrayList<>();
        for (ScreeningRun run : r.runs()) {
            rows.add(List.of(run.screenedAt().toString(), run.actor(), String.valueOf(run.providersScreened()),
                    String.valueOf(run.hits()), String.valueOf(run.newHits()), String.join(", ",
                            run.listVersionIds().stream().map(id -> fileOf.getOrDefault(id, id)).toList()), run.id()));
        }
        return new Section("Screening runs", "Runs", List.of("Screened at", "By", "Providers", "Hits", "New",
                "Lists", "Run id"), List.of(100, 50, 45, 30, 40, 270, 185), rows, "No screening run this month.");
    }

    static Section subjects(MonitoringReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (RunSubject s : r.subjects()) {
            rows.add(List.of(s.screenedOn().toString(), s.name(), text(s.npi()), s.result().label(),
                    String.valueOf(s.hits()), s.result().verifies() ? "recorded" : "not recorded", s.runId()));
        }
        return new Section("Who was screened", "Screened", List.of("Screened on", "Provider", "NPI", "Result", "Hits",
                "Verification", "Run id"), List.of(60, 180, 60, 65, 30, 60, 185), rows, "Nobody was screened this month.");
    }

    static Section providers(MonitoringReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (MonitoringReport.ProviderLine p : r.providers()) {
            rows.add(List.of(p.name(), text(p.npi()), p.lastScreened() == null ? "never" : p.lastScreened().toString(),
                    p.screenedInMonth() ? "yes" : "no", p.result() == null ? "" : p.result().label(),
                    p.nextDue().toString()));
        }
        return new Section("Active providers: last and next screening", "Providers", List.of("Provider", "NPI",
                "Last screened", "Screened this month", "Result this month", "Next screening due"),
                List.of(220, 80, 100, 100, 110, 110), rows, "No active provider.");
    }

    static Section hits(MonitoringReport r) {
        Map<String, List<HitDecision>> byHit = new HashMap<>();
        r.decisions().forEach(d -> byHit.computeIfAbsent(d.hitId(), k -> new ArrayList<>()).add(d));
        List<List<String>> rows = new ArrayList<>();
        for (ScreeningHit h : r.hits()) {
            List<String> base = List.of(h.providerName(), text(h.providerNpi()), h.source().name(), h.strength().label(),
                    h.listRow().displayName(), text(h.listRow().dateOfBirth()), text(h.listRow().exclusionType()) + " "
                            + text(h.listRow().exclusionDate()), h.status().name().toLowerCase().replace('_', ' '));
            List<HitDecision> decisions = byHit.getOrDefault(h.id(), List.of());
            if (decisions.isEmpty()) {
                List<String> row = new ArrayList<>(base);
                row.addAll(List.of("", "", "", "", ""));
                rows.add(row);
            }
            for (HitDecision d : decisions) {
                List<String> row = new ArrayList<>(base);
                row.addAll(List.of(d.disposition().label(), d.note(), d.actor(), d.decidedAt().toString(),
                        d.listFileName() + " downloaded " + d.listDownloadedOn() + " sha256 " + d.listSha256()));
                rows.add(row);
            }
        }
        return new Section("Hits and dispositions", "Hits", List.of("Provider", "NPI", "List", "Strength", "List name",
                "List DOB", "Exclusion", "Status", "Decision", "Note", "By", "Decided at", "Evidence"),
                List.of(64, 56, 28, 42, 66, 50, 50, 62, 62, 90, 28, 52, 70), rows, "No hits this month.");
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
