package org.creddesk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.FieldGroups;
import org.creddesk.domain.Ids;
import org.creddesk.domain.ProviderFile;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's side of team sync in its SQLite store. The change log is the outbox: every entry of a provider
 * file after {@code pushed_through} that did not itself come from a pull. Pulled changes are written through
 * {@link ProviderRepository} with source {@code sync:<user>@<device>}, so history, provenance and deadlines see
 * them like any save; a pulled value never overwrites a field group that has a local change still waiting to be
 * pushed (the group is held, and the push of the local change is then judged against what the server had).
 */
public final class SyncStore {
    private static final Logger LOG = LoggerFactory.getLogger(SyncStore.class);
    public static final String SOURCE_PREFIX = "sync:";
    /** Entries per change-log row are numbered below this in an operation id. */
    static final long PARTS = 4096;

    private final Database db;
    private final ProviderRepository providers;

    public SyncStore(Database db, ProviderRepository providers) {
        this.db = db;
        this.providers = providers;
    }

    public Optional<SyncRecords.Account> account() {
        return db.read(h -> h.createQuery("SELECT server_url, device_id, token, user_name, team, role, cursor, "
                        + "pushed_through, joined_at, last_sync_at, last_error FROM sync_account WHERE id = 1")
                .map((rs, ctx) -> new SyncRecords.Account(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8),
                        rs.getString(9), rs.getString(10), rs.getString(11)))
                .findOne());
    }

    /** Joins a team: every local change so far is offered for upload on the next sync. */
    public void join(String url, String deviceId, String token, String user, String team, String role) {
        db.write(h -> {
            h.execute("DELETE FROM sync_account");
            h.execute("DELETE FROM sync_held");
            h.execute("DELETE FROM sync_conflict");
            h.execute("INSERT INTO sync_account (id, server_url, device_id, token, user_name, team, role, joined_at) "
                    + "VALUES (1, ?, ?, ?, ?, ?, ?, ?)", url, deviceId, token, user, team, role,
                    db.clock().instant().toString());
            return null;
        });
    }

    /** Leaves the team: the local data stays, the account, held groups and conflict copies go. */
    public void leave() {
        db.write(h -> {
            h.execute("DELETE FROM sync_account");
            h.execute("DELETE FROM sync_held");
            h.execute("DELETE FROM sync_conflict");
            return null;
        });
    }

    public void token(String token) {
        db.write(h -> h.execute("UPDATE sync_account SET token = ? WHERE id = 1", token));
    }

    public void outcome(String error) {
        db.write(h -> error == null
                ? h.execute("UPDATE sync_account SET last_sync_at = ?, last_error = NULL WHERE id = 1",
                db.clock().instant().toString())
                : h.execute("UPDATE sync_account SET last_error = ? WHERE id = 1", error));
    }

    private static final String OUTBOX = " FROM change_log WHERE seq > ? AND source NOT LIKE 'sync:%' AND entity IN ("
            + entities() + ")";

    private static String entities() {
        List<String> all = new ArrayList<>();
        all.add("'" + ProviderSchema.PROVIDER.entity() + "'");
        ProviderSchema.CHILDREN.forEach(t -> all.add("'" + t.entity() + "'"));
        return String.join(", ", all);
    }

    /** How many change-log rows wait to be pushed (synced kinds), and how many of kinds that do not sync yet. */
    public long[] waiting() {
        return db.read(h -> {
            long pushed = h.createQuery("SELECT coalesce((SELECT pushed_through FROM sync_account), 0)")
                    .mapTo(Long.class).one();
            long synced = h.createQuery("SELECT count(*)" + OUTBOX).bind(0, pushed).mapTo(Long.class).one();
            long other = h.createQuery("SELECT count(*) FROM change_log WHERE seq > ? AND source NOT LIKE 'sync:%'")
                    .bind(0, pushed).mapTo(Long.class).one() - synced;
            return new long[] {synced, other};
        });
    }

    /** The next change-log rows to push (each row whole), with their bases and group values. */
    public List<SyncRecords.OutgoingChange> outbox(int maxRows) {
        return db.read(h -> {
            SyncRecords.Account a = accountIn(h);
            List<List<AuditEntry>> rows = h.createQuery("SELECT seq, op_id, entity, entity_id, provider_id, action, "
                            + "changes, source, actor, device, at" + OUTBOX + " ORDER BY seq LIMIT ?")
                    .bind(0, a.pushedThrough()).bind(1, maxRows).map((rs, ctx) -> ChangeLog.entries(rs)).list();
            Map<String, Map<String, Long>> held = held(h);
            List<SyncRecords.OutgoingChange> result = new ArrayList<>();
            for (List<AuditEntry> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    AuditEntry e = row.get(i);
                    List<String> fields = e.changes().stream().map(FieldChange::field).toList();
                    Map<String, Long> bases = new LinkedHashMap<>();
                    Map<String, Long> heldHere = held.getOrDefault(e.entityId(), Map.of());
                    Set<String> groups = new java.util.LinkedHashSet<>(FieldGroups.groupsOf(e.entity(), fields));
                    groups.add(FieldGroups.RECORD);
                    groups.addAll(heldHere.keySet());
                    for (String g : groups) {
                        bases.put(g, heldHere.containsKey(g) ? heldHere.get(g) - 1 : a.cursor());
                    }
                    Map<String, String> values = e.action() == ChangeAction.UPDATE
                            ? groupValues(h, e.entity(), e.entityId(), fields) : Map.of();
                    result.add(new SyncRecords.OutgoingChange(e.seq() * PARTS + i, e.seq(), e, bases, values));
                }
            }
            return result;
        });
    }

    /** The stored values of every field of the groups that some fields of a record touch. */
    private static Map<String, String> groupValues(Handle h, String entity, String entityId, List<String> fields) {
        EntityType<?> type = ProviderSchema.byEntity(entity).orElseThrow();
        Map<String, String> stored = storedFields(h, type, entityId);
        Map<String, String> result = new LinkedHashMap<>();
        for (String g : FieldGroups.groupsOf(entity, fields)) {
            for (String f : FieldGroups.fieldsOf(entity, g)) {
                if (stored.containsKey(f)) {
                    result.put(f, stored.get(f));
                }
            }
        }
        return result;
    }

    private static <T extends Record> Map<String, String> storedFields(Handle h, EntityType<T> type, String id) {
        return h.createQuery("SELECT " + type.columnList() + ", version FROM " + type.table() + " WHERE id = ?")
                .bind(0, id).map((rs, ctx) -> type.fieldsAsText(type.fromRow(rs))).findOne().orElse(Map.of());
    }

    private static SyncRecords.Account accountIn(Handle h) {
        return h.createQuery("SELECT server_url, device_id, token, user_name, team, role, cursor, pushed_through, "
                        + "joined_at, last_sync_at, last_error FROM sync_account WHERE id = 1")
                .map((rs, ctx) -> new SyncRecords.Account(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8),
                        rs.getString(9), rs.getString(10), rs.getString(11)))
                .findOne().orElseThrow(() -> new StoreException("This desktop has not joined a team"));
    }

    private static Map<String, Map<String, Long>> held(Handle h) {
        Map<String, Map<String, Long>> result = new HashMap<>();
        h.createQuery("SELECT entity_id, grp, seq FROM sync_held").map((rs, ctx) -> new Object[] {rs.getString(1),
                rs.getString(2), rs.getLong(3)}).forEach(r -> result.computeIfAbsent((String) r[0],
                k -> new HashMap<>()).put((String) r[1], (Long) r[2]));
        return result;
    }

    /** Field groups with a local change still waiting to be pushed, per entity id ({@link FieldGroups#RECORD} for a delete). */
    private static Map<String, Set<String>> pending(Handle h, long pushedThrough) {
        return pending(h, h.createQuery("SELECT seq, op_id, entity, entity_id, provider_id, action, changes, source, "
                + "actor, device, at" + OUTBOX + " ORDER BY seq").bind(0, pushedThrough));
    }

    /** Like {@link #pending(Handle, long)} for the rows about some entities or providers only. */
    private static Map<String, Set<String>> pending(Handle h, long pushedThrough, Set<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return pending(h, h.createQuery("SELECT seq, op_id, entity, entity_id, provider_id, action, changes, source, "
                        + "actor, device, at" + OUTBOX.replace("?", ":after") + " AND (entity_id IN (<ids>) OR provider_id IN (<ids>)) "
                        + "ORDER BY seq").bind("after", pushedThrough).bindList("ids", List.copyOf(ids)));
    }

    private static Map<String, Set<String>> pending(Handle h, org.jdbi.v3.core.statement.Query query) {
        Map<String, Set<String>> result = new HashMap<>();
        query.map((rs, ctx) -> ChangeLog.entries(rs))
                .forEach(row -> row.forEach(e -> {
                    Set<String> groups = result.computeIfAbsent(e.entityId(), k -> new HashSet<>());
                    groups.addAll(FieldGroups.groupsOf(e.entity(), e.changes().stream().map(FieldChange::field).toList()));
                    if (e.action() == ChangeAction.DELETE) {
                        groups.add(FieldGroups.RECORD);
                    }
                }));
        return result;
    }

    /**
     * After the server answered a push up to change-log row {@code throughSeq}: marks them pushed and takes the
     * server's values of the groups they touched, unless a later local change of a group still waits.
     */
    public void acknowledged(long throughSeq, List<SyncRecords.Answer> answers) {
        db.write(h -> {
            h.execute("UPDATE sync_account SET pushed_through = max(pushed_through, ?) WHERE id = 1", throughSeq);
            Map<String, Map<String, Long>> held = held(h);
            Set<String> ids = new HashSet<>();
            for (SyncRecords.Answer a : answers) {
                ids.add(a.entityId());
                if (a.providerId() != null) {
                    ids.add(a.providerId());
                }
            }
            Map<String, Set<String>> pending = pending(h, throughSeq, ids);
            List<SyncRecords.PulledChange> take = new ArrayList<>();
            for (SyncRecords.Answer a : answers) {
                if (a.applied() && !held.containsKey(a.entityId())) {
                    // Applied as pushed and nothing held back: the server holds what this desktop holds.
                    continue;
                }
                Set<String> waiting = pending.getOrDefault(a.entityId(), Set.of());
                if (waiting.contains(FieldGroups.RECORD)) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                if (a.current() != null) {
                    a.current().forEach((f, v) -> {
                        if (!waiting.contains(FieldGroups.groupOf(a.entity(), f))) {
                            values.put(f, v);
                        }
                    });
                }
                for (String g : FieldGroups.groupsOf(a.entity(), a.fields())) {
                    if (!waiting.contains(g)) {
                        h.execute("DELETE FROM sync_held WHERE entity_id = ? AND grp = ?", a.entityId(), g);
                    }
                }
                String[] by = splitBy(a.by());
                take.add(new SyncRecords.PulledChange(0, a.entity(), a.entityId(), a.providerId(),
                        a.current() == null ? "DELETE" : "UPDATE", values, by[0], by[1]));
            }
            applyRuns(h, take, Map.of(), false);
            return null;
        });
    }

    private static String[] splitBy(String by) {
        if (by == null || !by.contains("@")) {
            return new String[] {"team", "server"};
        }
        int at = by.indexOf('@');
        return new String[] {by.substring(0, at), by.substring(at + 1)};
    }

    /** Applies one pulled page, stores its conflicts and moves the cursor, in one transaction. */
    public int applyPulled(List<SyncRecords.PulledChange> changes, List<SyncRecords.StoredConflict> conflicts,
                           long cursor) {
        return db.write(h -> {
            SyncRecords.Account a = accountIn(h);
            int applied = applyRuns(h, changes, pending(h, a.pushedThrough()), true);
            for (SyncRecords.StoredConflict c : conflicts) {
                h.execute("INSERT INTO sync_conflict (id, entity, entity_id, provider_id, status, body) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT(id) DO UPDATE SET status = excluded.status, body = excluded.body", c.id(),
                        c.entity(), c.entityId(), c.providerId(), c.status(), c.body());
            }
            h.execute("UPDATE sync_account SET cursor = max(cursor, ?) WHERE id = 1", cursor);
            return applied;
        });
    }

    /**
     * Writes changes in order, one provider save per run of changes by the same person and device (so each
     * history row names who made it). Groups in {@code pending} are held, not overwritten.
     */
    private int applyRuns(Handle h, List<SyncRecords.PulledChange> changes, Map<String, Set<String>> pending,
                          boolean hold) {
        int applied = 0;
        int from = 0;
        while (from < changes.size()) {
            SyncRecords.PulledChange first = changes.get(from);
            int to = from;
            while (to < changes.size() && changes.get(to).user().equals(first.user())
                    && changes.get(to).device().equals(first.device())) {
                to++;
            }
            applied += applyRun(h, changes.subList(from, to), pending, hold);
            from = to;
        }
        return applied;
    }

    private int applyRun(Handle h, List<SyncRecords.PulledChange> run, Map<String, Set<String>> pending, boolean hold) {
        Set<String> ids = run.stream().map(c -> c.providerId() != null ? c.providerId() : c.entityId())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Map<String, ProviderFile> files = new LinkedHashMap<>(ProviderRepository.loadAll(h, ids));
        int applied = 0;
        for (SyncRecords.PulledChange c : run) {
            Optional<EntityType<?>> type = ProviderSchema.byEntity(c.entity());
            if (type.isEmpty() || c.values() == null) {
                continue;
            }
            String pid = c.providerId() != null ? c.providerId() : c.entityId();
            Set<String> waiting = pending.getOrDefault(c.entityId(), Set.of());
            if (waiting.contains(FieldGroups.RECORD)) {
                holdGroup(h, hold, c.entityId(), FieldGroups.RECORD, c.seq());
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            c.values().forEach((f, v) -> {
                String g = FieldGroups.groupOf(c.entity(), f);
                if (waiting.contains(g)) {
                    holdGroup(h, hold, c.entityId(), g, c.seq());
                } else {
                    values.put(f, v);
                }
            });
            ProviderFile file = files.get(pid);
            if (file == null && type.get() != ProviderSchema.PROVIDER) {
                LOG.warn("pulled change {} of {} skipped: its provider file is not on this desktop", c.seq(), c.entity());
                continue;
            }
            if (type.get() == ProviderSchema.PROVIDER && values.containsKey("npi") && npiTakenByAnother(h, pid, values.get("npi"))) {
                values.remove("npi");
                holdGroup(h, hold, c.entityId(), "npi", c.seq());
            }
            if (values.isEmpty() && !"DELETE".equals(c.action()) && file != null) {
                continue;
            }
            if ("CREATE".equals(c.action()) && type.get() != ProviderSchema.PROVIDER) {
                // Brought back by a resolution: the tombstoned row returns before the values are diffed.
                // The in-memory file lacks it, so the patch adds it whole; the save then diffs it against the row.
                h.execute("UPDATE " + type.get().table() + " SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                        c.entityId());
            }
            files.put(pid, FilePatcher.apply(file, type.get(), c.entityId(), pid, c.action(), values));
            applied++;
        }
        if (applied > 0) {
            SyncRecords.PulledChange first = run.get(0);
            ChangeContext ctx = new ChangeContext(SOURCE_PREFIX + first.user() + "@" + first.device(), first.user(),
                    first.device());
            Map<String, ProviderFile> before = ProviderRepository.loadAll(h, files.keySet());
            providers.saveAll(h, List.copyOf(files.values()), before, ctx, Ids.newId(db.clock()));
        }
        return applied;
    }

    private static boolean npiTakenByAnother(Handle h, String providerId, String npi) {
        return npi != null && h.createQuery("SELECT count(*) FROM provider WHERE npi = ? AND id <> ? AND deleted_at IS NULL")
                .bind(0, npi).bind(1, providerId).mapTo(Integer.class).one() > 0;
    }

    private static void holdGroup(Handle h, boolean hold, String entityId, String group, long seq) {
        if (hold && seq > 0) {
            h.execute("INSERT INTO sync_held (entity_id, grp, seq) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    entityId, group, seq);
        }
    }

    public List<SyncRecords.StoredConflict> conflicts(boolean openOnly) {
        return db.read(h -> h.createQuery("SELECT id, entity, entity_id, provider_id, status, body FROM sync_conflict "
                        + (openOnly ? "WHERE status = 'open' " : "") + "ORDER BY rowid")
                .map((rs, ctx) -> new SyncRecords.StoredConflict(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list());
    }
}
