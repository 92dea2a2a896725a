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
import org.creddesk.domain.monitoring.ScreeningSchedule;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.monitoring.ScreeningRun;
import org.creddesk.domain.monitoring.ScreeningResult;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.ScreeningStanding;
import org.creddesk.store.ExclusionRepository;
import org.creddesk.store.ScreeningRepository;

/**
 * The monthly monitoring report an auditor asks for: the screening runs of the month and the list versions they
 * used (file, download date, rows, SHA-256), who each run screened with its result, every active provider with the
 * day last screened and the next due date,
 * and the hits the month's runs saw with every reviewer decision made in the month.
 */
public record MonitoringReport(YearMonth month, List<ScreeningRun> runs, List<ListVersion> listVersions,
                               List<ProviderLine> providers, List<ScreeningRepository.RunSubject> subjects,
                               List<ScreeningHit> hits, List<HitDecision> decisions) {

    /**
     * One provider's line: screened in the month or not, what the month's last screening found (null when not
     * screened in the month), and when the next screening is due.
     */
    public record ProviderLine(String providerId, String name, String npi, LocalDate lastScreened, LocalDate nextDue,
                               boolean screenedInMonth, ScreeningResult result) {
    }

    /** Builds the report of {@code month} from what the store holds; {@code policy} dates the next screenings. */
    public static MonitoringReport build(YearMonth month, ExclusionRepository lists, ScreeningRepository screenings,
                                         DeadlinePolicy policy) {
        List<ScreeningRun> runs = screenings.runs().stream()
                .filter(r -> YearMonth.from(r.screenedOn()).equals(month)).toList();
        Set<String> versionIds = new HashSet<>();
        runs.forEach(r -> versionIds.addAll(r.listVersionIds()));
        List<ListVersion> versions = lists.versions().stream().filter(v -> versionIds.contains(v.id())).toList();
        List<LocalDate> listDownloads = lists.versions().stream().map(ListVersion::downloadedOn).toList();
        List<ScreeningRepository.RunSubject> subjects = screenings.subjectsBetween(month.atDay(1), month.atEndOfMonth());
        Map<String, ScreeningResult> monthResult = new HashMap<>();
        subjects.forEach(s -> monthResult.put(s.providerId(), s.result())); // ordered by run: the last one wins
        List<ProviderLine> providers = screenings.providerScreenings().stream().map(p -> new ProviderLine(
                p.providerId(), p.name(), p.npi(), p.lastScreened(),
                policy.screeningDue(new ScreeningStanding(p.lastScreened(), p.addedOn(), 0, 0,
                        ScreeningSchedule.alertSince(listDownloads, p.lastScreened()))),
                monthResult.containsKey(p.providerId()) || p.lastScreened() != null
                        && YearMonth.from(p.lastScreened()).equals(month), monthResult.get(p.providerId()))).toList();
        Map<String, LocalDate> runDay = new HashMap<>();
        screenings.runs().forEach(r -> runDay.put(r.id(), r.screenedOn()));
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        // A hit belongs to the month when the runs that found it span any day of it.
        List<ScreeningHit> hits = screenings.allHits().stream().filter(h -> !runDay.get(h.firstRunId()).isAfter(last)
                && !runDay.get(h.lastRunId()).isBefore(first)).toList();
        List<HitDecision> decisions = screenings.allDecisions().stream()
                .filter(d -> YearMonth.from(d.decidedAt().atZone(ZoneOffset.UTC)).equals(month)).toList();
        return new MonitoringReport(month, runs, versions, providers, subjects, hits, decisions);
    }
}
