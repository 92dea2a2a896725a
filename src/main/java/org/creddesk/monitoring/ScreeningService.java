package org.creddesk.monitoring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.monitoring.ExclusionHold;
import org.creddesk.domain.monitoring.ExclusionMatch;
import org.creddesk.domain.monitoring.ExclusionMatcher;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.HitDecision;
import org.creddesk.domain.monitoring.ListImportCheck;
import org.creddesk.domain.monitoring.ListKind;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.domain.monitoring.ListVersion;
import org.creddesk.domain.monitoring.ScreeningSchedule;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.monitoring.ScreeningRun;
import org.creddesk.domain.monitoring.ScreeningResult;
import org.creddesk.domain.monitoring.ScreeningSubject;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.ScreeningStanding;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.ExclusionRepository;
import org.creddesk.store.ScreeningRepository;

/**
 * Ongoing monitoring: import the exclusion lists a coordinator downloaded, screen every active provider against
 * them offline, keep the hits for review with the evidence, and answer "when was this provider last screened".
 */
public final class ScreeningService {
    /** 2611EXCL.csv, 2611REIN.csv, also as a browser saves a second copy ("2611EXCL (1).csv"), or "...suppl...". */
    private static final Pattern SUPPLEMENT_NAME = Pattern.compile("(?i).*(\\d{4}(EXCL|REIN)\\b.*|suppl.*)$");

    private final ExclusionRepository lists;
    private final ScreeningRepository screenings;
    private final DeadlinePolicy policy;
    private final Clock clock;

    /** {@code policy}: the deadline rules that say when screening is next due. */
    public ScreeningService(ExclusionRepository lists, ScreeningRepository screenings, DeadlinePolicy policy,
                            Clock clock) {
        this.lists = lists;
        this.screenings = screenings;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * What importing a file did: the version kept, reinstatements applied, rows refused (with reasons), how many
     * providers screened before the list are now due within the alert days, and the concerns a person confirmed
     * it despite (empty when the file looked whole).
     */
    public record ImportResult(ListVersion version, String layout, int reinstatementsApplied, int rowsRefused,
                               List<String> problems, int screeningsBroughtForward, List<String> confirmedConcerns) {
    }

    /** LEIE monthly supplements (YYMMEXCL.csv, YYMMREIN.csv) add to the list; any other file replaces it. */
    public static ListKind kindOf(Path file) {
        return SUPPLEMENT_NAME.matcher(file.getFileName().toString()).matches() ? ListKind.SUPPLEMENT : ListKind.FULL;
    }

    /** What the file's header says it is (and whether it adds to the list or replaces it), before importing. */
    public record Detected(ListSource source, String layout, ListKind kind) {
    }

    /** @throws ListFileException when the file cannot be read or is not a list CredDesk knows */
    public Detected detect(Path file) {
        ListFileReader.Detected d = ListFileReader.detect(file);
        return new Detected(d.source(), d.layout(), kindOf(file));
    }

    /**
     * Imports one list file in one transaction. {@code expected} null accepts either list; {@code downloadedOn}
     * null means today.
     *
     * @throws SuspectListException when the file does not look whole (see {@link ListImportCheck}); nothing changed
     * @throws ListFileException    when the file cannot be read or is not a list CredDesk knows
     */
    public ImportResult importList(Path file, ListSource expected, LocalDate downloadedOn, ChangeContext ctx,
                                   Progress progress) {
        return importList(file, expected, downloadedOn, null, ctx, progress);
    }

    /**
     * Imports one list file; {@code confirmReason} (a person's words, kept in the change log with the concerns)
     * lets a file that does not look whole in: a list really shortened, a file known to be right.
     */
    public ImportResult importList(Path file, ListSource expected, LocalDate downloadedOn, String confirmReason,
                                   ChangeContext ctx, Progress progress) {
        ListKind kind = kindOf(file);
        String reason = confirmReason == null || confirmReason.isBlank() ? null : confirmReason.strip();
        Map<ListSource, ListVersion> lastFull = new HashMap<>();
        for (ListVersion v : lists.versions()) {
            if (v.kind() == ListKind.FULL) {
                lastFull.put(v.source(), v);
            }
        }
        ListFileReader.Summary[] summary = new ListFileReader.Summary[1];
        List<String> confirmed = new ArrayList<>();
        ExclusionRepository.ImportOutcome outcome = lists.importList(kind, file.getFileName().toString(),
                downloadedOn == null ? LocalDate.now(clock) : downloadedOn, sink -> {
                    ListFileReader.Summary s = ListFileReader.read(file, expected, sink, progress);
                    summary[0] = s;
                    List<String> concerns = ListImportCheck.concerns(new ListImportCheck.Read(kind, s.rows(),
                            s.problemCount(), s.cutShort()), lastFull.get(s.source()));
                    if (!concerns.isEmpty() && reason == null) {
                        // Thrown inside the import's transaction: the rows already written are rolled back.
                        throw new SuspectListException(file.getFileName().toString(), concerns);
                    }
                    confirmed.addAll(concerns);
                    return new ExclusionRepository.FileFacts(s.source(), s.rows(), s.sha256(), concerns,
                            concerns.isEmpty() ? null : reason);
                }, ctx.withSource("list:" + file.getFileName()));
        ListFileReader.Summary s = summary[0];
        return new ImportResult(outcome.version(), s.layout(), outcome.reinstatementsApplied(), s.problemCount(),
                s.problems(), outcome.screeningsBroughtForward(), List.copyOf(confirmed));
    }

    /** A finished screening run with its hits (each hit's status says whether a reviewer already decided). */
    public record Outcome(ScreeningRun run, List<ScreeningHit> hits, int listRowsInForce,
                          Map<String, Double> phaseSeconds) {
    }

    /** Screens every active provider (and their other names) against the rows in force today, and records it. */
    public Outcome screenAll(ChangeContext ctx, Progress progress) {
        Map<String, Double> phases = new java.util.LinkedHashMap<>();
        long t = System.nanoTime();
        List<ExclusionRepository.StoredRow> rows = lists.rows();
        Map<String, String> versionOf = new HashMap<>(rows.size() * 2);
        List<ExclusionRecord> records = new ArrayList<>(rows.size());
        for (ExclusionRepository.StoredRow r : rows) {
            records.add(r.record());
            versionOf.put(r.record().source() + "|" + r.identityKey(), r.listVersionId());
        }
        ExclusionMatcher matcher = new ExclusionMatcher(records, LocalDate.now(clock));
        t = lap(phases, "loadAndIndexLists", t);
        List<ScreeningSubject> subjects = screenings.subjects();
        t = lap(phases, "loadProviders", t);
        List<ScreeningRepository.Found> found = new ArrayList<>();
        List<String> screened = new ArrayList<>(subjects.size());
        int done = 0;
        for (ScreeningSubject s : subjects) {
            for (ExclusionMatch m : matcher.screen(s)) {
                found.add(new ScreeningRepository.Found(m,
                        versionOf.get(m.record().source() + "|" + m.record().identityKey())));
            }
            screened.add(s.providerId());
            if (++done % 10_000 == 0) {
                progress.checkCancelled();
                progress.update(done, subjects.size(), "screening");
            }
        }
        t = lap(phases, "match", t);
        ScreeningRepository.RunRecord record = screenings.recordRun(lists.inForce(), screened, found,
                ctx.withSource("screening"));
        lap(phases, "recordRun", t);
        progress.update(subjects.size(), subjects.size(), "screened");
        return new Outcome(record.run(), record.hits(), matcher.size(), phases);
    }

    private static long lap(Map<String, Double> phases, String name, long since) {
        long now = System.nanoTime();
        phases.put(name, Math.round((now - since) / 1e7) / 100.0);
        return now;
    }

    /** Every hit waiting for a reviewer, whether or not the latest run still found its row. */
    public List<ScreeningHit> reviewQueue() {
        return screenings.reviewQueue();
    }

    /** The providers an undecided or confirmed hit holds (to flag them in lists, boards and packets). */
    public Map<String, ExclusionHold> holds() {
        return screenings.holds();
    }

    /** One provider's hits that hold them: waiting for a reviewer, or confirmed. */
    public List<ScreeningHit> holdingHits(String providerId) {
        return screenings.holdingHits(providerId);
    }

    public List<ScreeningHit> allHits() {
        return screenings.allHits();
    }

    public Optional<ScreeningHit> hit(String id) {
        return screenings.hit(id);
    }

    /** Records a reviewer's decision; a note is required so the file tells an auditor why. */
    public HitDecision dispose(String hitId, Disposition disposition, String note, ChangeContext ctx) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A disposition needs a note saying what was checked.");
        }
        ScreeningHit hit = screenings.hit(hitId).orElseThrow(() -> new NotFoundException("There is no screening hit "
                + hitId + ". List them with: creddesk screen hits"));
        if (disposition == Disposition.REINSTATED && !hit.absent() && hit.listRow().activeOn(LocalDate.now(clock))) {
            throw new IllegalArgumentException("The list row of hit " + hitId + " ('" + hit.listRow().displayName()
                    + "', excluded " + hit.listRow().exclusionDate() + ") is still in force: 'reinstated' is for a "
                    + "hit whose list shows the reinstatement or no longer carries the row. Import the list that "
                    + "shows it and screen again, or record another disposition.");
        }
        return screenings.decide(hitId, disposition, note.strip(), ctx);
    }

    public List<HitDecision> decisions(String hitId) {
        return screenings.decisions(hitId);
    }

    /** The day the provider was last screened (the sanctions/exclusions verification), for workflow deadlines. */
    public Optional<LocalDate> lastScreened(String providerId) {
        return screenings.lastScreened(providerId);
    }

    /** Every screened provider's last screening day at once (for the workflow's deadline refresh). */
    public Map<String, LocalDate> lastScreenedByProvider() {
        return screenings.lastScreenedByProvider();
    }

    /**
     * The last day the next screening may happen: the end of the calendar month after the last screening (the
     * months are a deadline setting), or sooner within the alert days of a list downloaded after it; never
     * screened, the day the provider was added.
     */
    public LocalDate nextScreeningDue(String providerId) {
        LocalDate added = screenings.addedOn(providerId)
                .orElseThrow(() -> new NotFoundException("No provider " + providerId));
        LocalDate last = lastScreened(providerId).orElse(null);
        return policy.screeningDue(new ScreeningStanding(last, added, 0, 0, ScreeningSchedule.alertSince(
                lists.versions().stream().map(ListVersion::downloadedOn).toList(), last)));
    }

    /** What the provider's latest screening found (empty when never screened, or screened before V6). */
    public Optional<ScreeningResult> latestResult(String providerId) {
        return screenings.latestResult(providerId);
    }

    /** The monthly monitoring report's data (see {@link MonitoringReportCsv} for the CSV files). */
    public MonitoringReport monthlyReport(java.time.YearMonth month) {
        return MonitoringReport.build(month, lists, screenings, policy);
    }

    /** Who the runs of {@code from}..{@code to} screened, with each one's result and verification. */
    public List<ScreeningRepository.RunSubject> screenedBetween(LocalDate from, LocalDate to) {
        return screenings.subjectsBetween(from, to);
    }

    public List<ScreeningRun> runs() {
        return screenings.runs();
    }

    public List<ListVersion> listVersions() {
        return lists.versions();
    }

    public List<ListVersion> listVersionsInForce() {
        return lists.inForce();
    }
}
