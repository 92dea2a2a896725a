package org.creddesk.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.Progress;
import org.creddesk.domain.Provider;
import org.creddesk.domain.workflow.Deadline;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.DeadlineSummary;
import org.creddesk.domain.workflow.ProviderWorkflow;
import org.creddesk.domain.workflow.ScreeningStanding;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The deadline table: derived by {@link DeadlinePolicy} and refreshed in the transaction of the change that moves
 * it (provider saves through a save listener, workflow writes by their repositories), so the dashboard is one
 * query. A row's id is derived from the deadline's key, so it is the same on every desk and across recomputes
 * (the calendar export uses it as the event UID). Done and snooze survive refreshes while the key holds.
 */
public final class DeadlineRepository {
    private static final int CHUNK = 500;
    private static final String COLUMNS = "d.id, d.provider_id, d.kind, d.subject, d.due, d.warn_from, d.alert_stages, "
            + "d.source_id, d.status, d.done_on, d.snoozed_until, d.snooze_reason, d.npi, d.provider_name, "
            + "d.coordinator";
    private static final String FROM = " FROM deadline d";
    /** Stands for asOf + the longest stored warning in {@link #find}'s arguments, resolved in its read. */
    private static final Object LONGEST_WARNING = new Object();

    private static final String INSERT = "INSERT INTO deadline (id, provider_id, npi, provider_name, coordinator, "
            + "kind, subject, due, warn_from, alert_stages, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;
    private final DeadlinePolicy policy;

    public DeadlineRepository(Database db, DeadlinePolicy policy) {
        this.db = db;
        this.policy = policy;
    }

    /** Other derived rows refreshed with the deadlines, from the same facts, in the same transaction. */
    @FunctionalInterface
    public interface RefreshListener {
        void refreshed(Handle h, ProviderFile file, ProviderWorkflow workflow);
    }

    private final List<RefreshListener> refreshListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Also refreshes {@code listener}'s rows wherever the deadlines of a provider are refreshed. */
    public void addRefreshListener(RefreshListener listener) {
        refreshListeners.add(listener);
    }

    private void refreshed(Handle h, ProviderFile file, ProviderWorkflow workflow) {
        for (RefreshListener l : refreshListeners) {
            l.refreshed(h, file, workflow);
        }
    }

    /** Refreshes a provider's deadlines inside every save of its file. */
    public void attachTo(ProviderRepository providers) {
        providers.addSaveListener(new ProviderSaveListener() {
            @Override
            public void saved(Handle h, ProviderFile saved, ProviderFile previous) {
                if (previous == null) {
                    // A new provider has no workflow rows and no deadlines yet: queue inserts for one batch. It was
                    // never screened, so screening is due from today (the UTC day of its created_at).
                    ScreeningStanding added = ScreeningStanding.addedOn(
                            LocalDate.ofInstant(db.clock().instant(), java.time.ZoneOffset.UTC));
                    newDeadlines.queue(h, saved, policy.derive(saved, ProviderWorkflow.onlyScreening(added)));
                } else {
                    refresh(h, saved);
                }
            }

            @Override
            public void flush(Handle h) {
                newDeadlines.flush(h);
            }
        });
    }

    private final NewDeadlineBatch newDeadlines = new NewDeadlineBatch();

    /** Deadlines of providers created in the current save, inserted in one JDBC batch (bulk imports). */
    private static final class NewDeadlineBatch {
        private final List<Object[]> rows = new ArrayList<>();
        private Handle owner;
        private long longestWarning;

        void queue(Handle h, ProviderFile file, List<Deadline> derived) {
            if (owner != h) {
                rows.clear(); // a save that failed before its flush left rows behind: they were never written
                longestWarning = 0;
                owner = h;
            }
            for (Deadline d : derived) {
                rows.add(row(d, file));
            }
            longestWarning = Math.max(longestWarning, longestWarning(derived));
        }

        void flush(Handle h) {
            if (owner != h || rows.isEmpty()) {
                rows.clear();
                owner = null;
                return;
            }
            try (java.sql.PreparedStatement st = h.getConnection().prepareStatement(INSERT)) {
                for (Object[] row : rows) {
                    Binds.row(st, row);
                    st.addBatch();
                }
                st.executeBatch();
                DeadlineTally.addInserted(h, rows.stream().map(DeadlineRepository::tallyKey).toList());
                DeadlineTally.widenWarning(h, longestWarning);
            } catch (java.sql.SQLException e) {
                throw new StoreException("Cannot write deadlines: " + e.getMessage(), e);
            } finally {
                rows.clear();
                longestWarning = 0;
                owner = null;
            }
        }
    }

    /** The INSERT values of one deadline, with the provider's NPI, name and coordinator copied in. */
    private static Object[] row(Deadline d, ProviderFile file) {
        Provider p = file.provider();
        return new Object[] {idOf(d), file.id(), p.npi(), displayName(p), p.coordinator(),
            d.kind().name(), d.subject(), d.due().toString(), d.warnFrom().toString(), stages(d), d.sourceId()};
    }

    /** The most days any of these deadlines warns before it is due (0 when none warns early). */
    private static long longestWarning(List<Deadline> deadlines) {
        long longest = 0;
        for (Deadline d : deadlines) {
            longest = Math.max(longest, java.time.temporal.ChronoUnit.DAYS.between(d.warnFrom(), d.due()));
        }
        return longest;
    }

    /** (due, kind, coordinator) of an INSERT row from {@link #row}: what the tally counts it under. */
    private static String[] tallyKey(Object[] row) {
        return new String[] {(String) row[7], (String) row[5], (String) row[4]};
    }

    private static String displayName(Provider p) {
        return (p.lastName() == null ? "" : p.lastName()) + ", " + (p.firstName() == null ? "" : p.firstName());
    }

    /**
     * A deadline's id: the first 64 bits of its provider's id, then the last 64 bits of the name-based UUID of its
     * key. It is the same on every desk and across recomputes, and a new provider's deadlines sort after everything
     * stored before (provider ids are time-ordered), so a bulk import appends to the id index instead of inserting
     * at random places in it (ADR 0015). Migration V9 rewrote older ids the same way.
     */
    static String idOf(Deadline d) {
        String hashed = UUID.nameUUIDFromBytes(d.key().getBytes(StandardCharsets.UTF_8)).toString();
        String provider = d.providerId();
        return provider.length() >= ID_PREFIX ? provider.substring(0, ID_PREFIX) + hashed.substring(ID_PREFIX) : hashed;
    }

    /** "xxxxxxxx-xxxx-xxxx": the part of a provider id a deadline id starts with. */
    private static final int ID_PREFIX = 18;

    /** Re-derives one provider's deadlines in the caller's transaction. */
    void refresh(Handle h, String providerId) {
        ProviderFile file = ProviderRepository.loadAll(h, List.of(providerId)).get(providerId);
        if (file != null) {
            refresh(h, file);
        }
    }

    void refresh(Handle h, ProviderFile file) {
        // Most saves (roster imports) touch providers without workflow data: one query instead of six.
        ProviderWorkflow workflow = WorkflowFactsReader.hasAny(h, file.id())
                ? WorkflowFactsReader.load(h, List.of(file.id())).get(file.id())
                : ProviderWorkflow.onlyScreening(ScreeningStandings.of(h, file.id()));
        sync(h, file, policy.derive(file, workflow));
        refreshed(h, file, workflow);
    }

    /**
     * Moves the screening deadline of each screened provider to its next due date in the caller's transaction (a
     * screening run): only that row changes, so 100,000 providers take a few set-based statements.
     */
    void refreshScreening(Handle h, Collection<String> providerIds, LocalDate screenedOn) {
        ScreeningDeadlines.move(h, policy, providerIds, screenedOn);
    }

    /**
     * Brings screenings forward after a list downloaded on that day was imported (the caller's transaction);
     * returns how many providers' screenings moved.
     */
    int alertScreening(Handle h, LocalDate listDownloadedOn) {
        return ScreeningDeadlines.alert(h, policy, listDownloadedOn);
    }

    private void sync(Handle h, ProviderFile file, List<Deadline> derived) {
        String providerId = file.id();
        Provider p = file.provider();
        String name = displayName(p);
        Map<String, String[]> existing = new HashMap<>();
        h.createQuery("SELECT id, warn_from, alert_stages FROM deadline WHERE provider_id = ?").bind(0, providerId)
                .map((rs, c) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(r -> existing.put(r[0], r));
        Map<String, Deadline> wanted = new HashMap<>();
        derived.forEach(d -> wanted.put(idOf(d), d));
        for (String id : existing.keySet()) {
            if (!wanted.containsKey(id)) {
                h.execute("DELETE FROM deadline WHERE id = ?", id);
            }
        }
        PreparedBatch inserts = h.prepareBatch(INSERT);
        List<String[]> inserted = new ArrayList<>();
        List<Deadline> written = new ArrayList<>();
        for (Deadline d : wanted.values()) {
            String stages = stages(d);
            String[] row = existing.get(idOf(d));
            if (row == null) {
                Object[] values = row(d, file);
                inserts.add(values);
                inserted.add(tallyKey(values));
                written.add(d);
            } else if (!row[1].equals(d.warnFrom().toString()) || !row[2].equals(stages)) {
                h.execute("UPDATE deadline SET warn_from = ?, alert_stages = ? WHERE id = ?", d.warnFrom().toString(),
                        stages, idOf(d));
                written.add(d);
            }
        }
        // Only rows written here can widen the warning bound; a recompute that changes nothing costs no statement.
        DeadlineTally.widenWarning(h, longestWarning(written));
        if (inserts.size() > 0) {
            inserts.execute();
            DeadlineTally.addInserted(h, inserted);
        }
        if (!existing.isEmpty()) {
            // Rows kept from before carry the provider's name and coordinator as they were: bring them up to date.
            h.execute("UPDATE deadline SET npi = ?, provider_name = ?, coordinator = ? WHERE provider_id = ? "
                    + "AND (npi IS NOT ? OR provider_name IS NOT ? OR coordinator IS NOT ?)", p.npi(), name,
                    p.coordinator(), providerId, p.npi(), name, p.coordinator());
        }
    }

    private static String stages(Deadline d) {
        return d.alertStages().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * Runs {@code work} (a check and a {@link #recomputeAll}) as one write that waits for other programs' writes:
     * of several CredDesk programs started at once, the first derives and the others find it done.
     */
    public <T> T once(java.util.function.Supplier<T> work) {
        return db.writeWhenFree(h -> work.get());
    }

    /** Re-derives every provider's deadlines (after a migration or a change of settings); returns how many. */
    public int recomputeAll(Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        List<String> ids = db.read(h -> h.createQuery("SELECT id FROM provider WHERE deleted_at IS NULL ORDER BY id")
                .mapTo(String.class).list());
        int[] count = {0};
        for (int from = 0; from < ids.size(); from += CHUNK) {
            p.checkCancelled();
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            db.write(h -> {
                Map<String, ProviderFile> files = ProviderRepository.loadAll(h, chunk);
                Map<String, ProviderWorkflow> workflows = WorkflowFactsReader.load(h, chunk);
                for (ProviderFile f : files.values()) {
                    List<Deadline> derived = policy.derive(f, workflows.get(f.id()));
                    sync(h, f, derived);
                    refreshed(h, f, workflows.get(f.id()));
                    count[0] += derived.size();
                }
                return null;
            });
            p.update(Math.min(ids.size(), from + CHUNK), ids.size(), "Deriving deadlines");
        }
        return count[0];
    }

    public List<TrackedDeadline> find(DeadlineQuery q) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!q.includeDone()) {
            where.add("d.status = 'OPEN'");
        }
        if (!q.includeSnoozed()) {
            where.add("(d.snoozed_until IS NULL OR d.snoozed_until <= ?)");
            args.add(q.asOf().toString());
        }
        if (q.withinDays() != null) {
            where.add("d.due <= ?");
            args.add(q.asOf().plusDays(q.withinDays()).toString());
        } else {
            // No index on warn_from (one fewer random-order index to fill in bulk imports): its range is bounded by
            // due <= asOf + the longest warning any stored deadline has (DeadlineTally.longestWarning).
            where.add("d.warn_from <= ?");
            args.add(q.asOf().toString());
            where.add("d.due <= ?");
            args.add(LONGEST_WARNING);
        }
        if (!q.kinds().isEmpty()) {
            where.add("d.kind IN (" + q.kinds().stream().map(k -> "?").collect(Collectors.joining(", ")) + ")");
            q.kinds().forEach(k -> args.add(k.name()));
        }
        if (q.coordinator() != null) {
            where.add("d.coordinator = ?");
            args.add(q.coordinator());
        }
        if (q.providerId() != null) {
            where.add("d.provider_id = ?");
            args.add(q.providerId());
        }
        String sql = "SELECT " + COLUMNS + FROM + " WHERE " + String.join(" AND ", where)
                + " ORDER BY d.due, d.kind, d.provider_name COLLATE NOCASE, d.subject LIMIT ?";
        args.add(q.limit());
        return db.read(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i) == LONGEST_WARNING
                        ? q.asOf().plusDays(DeadlineTally.longestWarning(h)).toString() : args.get(i);
                query.bind(i, arg);
            }
            return query.map((rs, c) -> tracked(rs)).list();
        });
    }

    public Optional<TrackedDeadline> byId(String id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + FROM + " WHERE d.id = ?").bind(0, id)
                .map((rs, c) -> tracked(rs)).findFirst());
    }

    private static TrackedDeadline tracked(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<Integer> stages = rs.getString(7).isEmpty() ? List.of()
                : Arrays.stream(rs.getString(7).split(",")).map(Integer::valueOf).toList();
        Deadline d = new Deadline(rs.getString(2), DeadlineKind.valueOf(rs.getString(3)), rs.getString(4),
                LocalDate.parse(rs.getString(5)), LocalDate.parse(rs.getString(6)), rs.getString(8), stages);
        return new TrackedDeadline(rs.getString(1), d, rs.getString(13), rs.getString(14), rs.getString(15),
                "DONE".equals(rs.getString(9)), date(rs.getString(10)), date(rs.getString(11)), rs.getString(12));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** Counts for the dashboard on {@code asOf}: overall, then grouped by kind or coordinator. */
    public DeadlineSummary summary(LocalDate asOf) {
        return dashboardCounts(asOf).all();
    }

    public List<DeadlineSummary> summaryByKind(LocalDate asOf) {
        return dashboardCounts(asOf).byKind();
    }

    public List<DeadlineSummary> summaryByCoordinator(LocalDate asOf) {
        return dashboardCounts(asOf).byCoordinator();
    }

    /** The dashboard's three groupings: everything, per kind, per coordinator (sorted by group). */
    public record DashboardCounts(DeadlineSummary all, List<DeadlineSummary> byKind,
                                  List<DeadlineSummary> byCoordinator) {
    }

    /** All three groupings from the tally of open deadlines per day, kind and coordinator (see {@link DeadlineTally}). */
    public DashboardCounts dashboardCounts(LocalDate asOf) {
        return db.read(h -> DeadlineTally.counts(h, asOf));
    }

    public void markDone(String id, LocalDate on, ChangeContext ctx) {
        change(id, ctx, "UPDATE deadline SET status = 'DONE', done_on = ? WHERE id = ?", List.of(on.toString(), id),
                List.of(new FieldChange("status", "OPEN", "DONE"), new FieldChange("doneOn", null, on.toString())));
    }

    public void reopen(String id, ChangeContext ctx) {
        change(id, ctx, "UPDATE deadline SET status = 'OPEN', done_on = NULL, snoozed_until = NULL, "
                + "snooze_reason = NULL WHERE id = ?", List.of(id), List.of(new FieldChange("status", null, "OPEN")));
    }

    public void snooze(String id, LocalDate until, String reason, ChangeContext ctx) {
        change(id, ctx, "UPDATE deadline SET snoozed_until = ?, snooze_reason = ? WHERE id = ?",
                List.of(until.toString(), reason, id), List.of(new FieldChange("snoozedUntil", null, until.toString()),
                        new FieldChange("snoozeReason", null, reason)));
    }

    private void change(String id, ChangeContext ctx, String sql, List<Object> args, List<FieldChange> changes) {
        db.write(h -> {
            String providerId = h.createQuery("SELECT provider_id FROM deadline WHERE id = ?").bind(0, id)
                    .mapTo(String.class).findFirst()
                    .orElseThrow(() -> new StoreException("No deadline " + id + ": it may have been renewed meanwhile"));
            h.execute(sql, args.toArray());
            ChangeLog.append(h, Ids.newId(db.clock()), "deadline", id, providerId, ChangeAction.UPDATE, changes, ctx,
                    db.clock().instant());
            return null;
        });
    }

    public int count() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM deadline").mapTo(Integer.class).one());
    }
}
