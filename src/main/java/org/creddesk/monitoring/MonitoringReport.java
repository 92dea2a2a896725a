package org.creddesk.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creddesk.domain.monitoring.HitDecision;
import org.creddesk.domain.monitoring.ListVersion;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.monitoring.ScreeningRun;
import org.creddesk.domain.monitoring.ScreeningSchedule;
import org.creddesk.store.ExclusionRepository;
import org.creddesk.store.ScreeningRepository;

/**
 * The monthly monitoring report an auditor asks for: the screening runs of the month and the list versions they
 * used (file, download date, SHA-256), every active provider with the day last screened and the next due date,
 * and the hits the month's runs saw with every reviewer decision made in the month.
 */
public record MonitoringReport(YearMonth month, List<ScreeningRun> runs, List<ListVersion> listVersions,
                               List<ProviderLine> providers, List<ScreeningHit> hits, List<HitDecision> decisions) {

    /** One provider's line: screened in the month or not, and when the next screening is due. */
    public record ProviderLine(String providerId, String name, String npi, LocalDate lastScreened, LocalDate nextDue,
                               boolean screenedInMonth) {
    }

    /** Builds the report of {@code month} from what the store holds; {@code today} dates the never-screened. */
    public static MonitoringReport build(YearMonth month, LocalDate today, ExclusionRepository lists,
                                         ScreeningRepository screenings) {
        List<ScreeningRun> runs = screenings.runs().stream()
                .filter(r -> YearMonth.from(r.screenedOn()).equals(month)).toList();
        Set<String> versionIds = new HashSet<>();
        runs.forEach(r -> versionIds.addAll(r.listVersionIds()));
        List<ListVersion> versions = lists.versions().stream().filter(v -> versionIds.contains(v.id())).toList();
        List<ProviderLine> providers = screenings.providerScreenings().stream().map(p -> new ProviderLine(
                p.providerId(), p.name(), p.npi(), p.lastScreened(), ScreeningSchedule.nextDue(p.lastScreened(), today),
                p.lastScreened() != null && YearMonth.from(p.lastScreened()).equals(month))).toList();
        Map<String, LocalDate> runDay = new HashMap<>();
        screenings.runs().forEach(r -> runDay.put(r.id(), r.screenedOn()));
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        // A hit belongs to the month when the runs that found it span any day of it.
        List<ScreeningHit> hits = screenings.allHits().stream().filter(h -> !runDay.get(h.firstRunId()).isAfter(last)
                && !runDay.get(h.lastRunId()).isBefore(first)).toList();
        List<HitDecision> decisions = screenings.allDecisions().stream()
                .filter(d -> YearMonth.from(d.decidedAt().atZone(ZoneOffset.UTC)).equals(month)).toList();
        return new MonitoringReport(month, runs, versions, providers, hits, decisions);
    }
}
