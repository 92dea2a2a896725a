package org.creddesk.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.DeadlineSettings;
import org.creddesk.domain.workflow.DeadlineStatus;
import org.creddesk.domain.workflow.DeadlineSummary;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.DeadlineRepository;
import org.creddesk.store.SettingsRepository;

/** The deadline dashboard: what is overdue and due, by kind and coordinator; mark done or snooze with a reason. */
public final class DeadlineService {
    /** Bump when DeadlinePolicy derives differently, so stored deadlines are re-derived once at start. */
    static final String POLICY_VERSION = "4"; // 2: exclusion screening deadlines; 3: decision notices, DME, Medicaid by state; 4: contract renewals
    static final String POLICY_VERSION_KEY = "workflow.deadline.policyVersion";
    static final String LAST_VISIT_KEY = "workflow.deadline.lastVisit";

    private final DeadlineRepository repository;
    private final DeadlinePolicy policy;
    private final SettingsRepository settings;
    private final Clock clock;

    public DeadlineService(DeadlineRepository repository, DeadlinePolicy policy, SettingsRepository settings,
                           Clock clock) {
        this.repository = repository;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Derives every deadline once when the table was never filled by these rules: a new migration, a new policy
     * version, or a changed setting.
     */
    public boolean ensureDerived(Progress progress) {
        String version = POLICY_VERSION + "/" + DeadlineSettingsStore.fingerprint(policy.settings());
        if (settings.get(POLICY_VERSION_KEY).filter(version::equals).isPresent()) {
            return false;
        }
        // Checked again inside one waiting write: another program started at the same time may have just done it.
        return repository.once(() -> {
            if (settings.get(POLICY_VERSION_KEY).filter(version::equals).isPresent()) {
                return false;
            }
            repository.recomputeAll(progress);
            settings.put(POLICY_VERSION_KEY, version);
            return true;
        });
    }

    /**
     * Stores changed rule settings, puts them in force and re-derives every deadline at once (with progress), so
     * the dashboard and every check follow without a restart. Returns how many deadlines were derived.
     */
    public int applySettings(DeadlineSettings changed, ChangeContext ctx, Progress progress) {
        new DeadlineSettingsStore(settings).save(changed, ctx);
        policy.apply(changed);
        int derived = repository.recomputeAll(progress);
        settings.put(POLICY_VERSION_KEY, POLICY_VERSION + "/" + DeadlineSettingsStore.fingerprint(changed));
        return derived;
    }

    public DeadlineSettings settings() {
        return policy.settings();
    }

    public int recomputeAll(Progress progress) {
        return repository.recomputeAll(progress);
    }

    public List<TrackedDeadline> find(DeadlineQuery query) {
        return repository.find(query);
    }

    public DeadlineStatus statusOf(TrackedDeadline t, LocalDate asOf) {
        return t.deadline().statusOn(asOf);
    }

    public String stageOf(TrackedDeadline t, LocalDate asOf) {
        return policy.stageOf(t.deadline(), asOf);
    }

    /** Everything the dashboard shows on {@code asOf}, from three aggregate queries. */
    public record Dashboard(LocalDate asOf, DeadlineSummary total, List<DeadlineSummary> byKind,
                            List<DeadlineSummary> byCoordinator) {
    }

    public Dashboard dashboard(LocalDate asOf) {
        DeadlineRepository.DashboardCounts counts = repository.dashboardCounts(asOf);
        return new Dashboard(asOf, counts.all(), counts.byKind(), counts.byCoordinator());
    }

    /** Deadlines that started alerting or fell due after {@code lastSeen} up to today: the start-up notice. */
    public List<TrackedDeadline> becameDueSince(LocalDate lastSeen) {
        LocalDate today = today();
        Set<String> before = repository.find(DeadlineQuery.alertingOn(lastSeen)).stream()
                .filter(t -> t.deadline().statusOn(lastSeen) == t.deadline().statusOn(today))
                .map(TrackedDeadline::id).collect(Collectors.toSet());
        return repository.find(DeadlineQuery.alertingOn(today)).stream().filter(t -> !before.contains(t.id())).toList();
    }

    /** What the start notice has to tell: what became due since the last visit, which then moves to today. */
    public record SinceLastVisit(LocalDate lastVisit, List<TrackedDeadline> becameDue) {
    }

    public Optional<SinceLastVisit> visit() {
        LocalDate today = today();
        Optional<LocalDate> last = settings.get(LAST_VISIT_KEY).map(LocalDate::parse);
        if (last.isEmpty() || last.get().isBefore(today)) {
            settings.put(LAST_VISIT_KEY, today.toString());
        }
        return last.filter(d -> d.isBefore(today)).map(d -> new SinceLastVisit(d, becameDueSince(d)));
    }

    public void markDone(String deadlineId, ChangeContext ctx) {
        require(deadlineId);
        repository.markDone(deadlineId, today(), ctx);
    }

    public void reopen(String deadlineId, ChangeContext ctx) {
        require(deadlineId);
        repository.reopen(deadlineId, ctx);
    }

    /** Hides a deadline until {@code until} (it reappears that day); a reason is required for the audit trail. */
    public void snooze(String deadlineId, LocalDate until, String reason, ChangeContext ctx) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the deadline is snoozed (for example 'renewal submitted').");
        }
        if (!until.isAfter(today())) {
            throw new IllegalArgumentException("Snooze until a day after today (" + today() + "), not " + until + ".");
        }
        require(deadlineId);
        repository.snooze(deadlineId, until, reason.strip(), ctx);
    }

    private void require(String deadlineId) {
        if (repository.byId(deadlineId).isEmpty()) {
            throw new NotFoundException("No deadline " + deadlineId + ": it may have been renewed meanwhile.");
        }
    }
}
