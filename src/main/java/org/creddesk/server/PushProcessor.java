package org.creddesk.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.creddesk.domain.FieldGroups;
import org.creddesk.sync.Wire;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Applies a batch of a desktop's operations in one transaction. The team's counter row is locked first, so
 * every writer of a team, on any server instance, waits for the one before; each operation gets the next
 * sequence number (gap-free: a rolled-back push gives its numbers back). Per field group, three-way: a group
 * nobody else changed since the desktop's base applies; one changed by another device to a different value
 * opens a conflict (or joins an open one); the same value merges. Clocks decide nothing.
 */
final class PushProcessor {
    static final String APPLIED = "applied";
    static final String MERGED = "merged";
    static final String CONFLICT = "conflict";

    private final Jdbi jdbi;

    PushProcessor(ServerDatabase db) {
        this.jdbi = db.jdbi();
    }

    Wire.PushResult push(Principal who, List<Wire.Op> ops) {
        return jdbi.inTransaction(h -> new Batch(h, who, ops).run());
    }

    /** One push's work: everything it reads is loaded up front, everything it writes goes out in batches. */
    private static final class Batch {
        private final Handle h;
        private final Principal who;
        private final List<Wire.Op> ops;
        private final Map<String, EntityState> states;
        private final Map<String, ConflictRows.Open> open;
        private final Map<Long, String[]> seen = new HashMap<>();
        private final PreparedBatch changes;
        private final PreparedBatch opsSeen;
        private long seq;
        /** The desktop's time of the operation being applied: shown with candidates, never compared. */
        private String opAt;

        Batch(Handle h, Principal who, List<Wire.Op> ops) {
            this.h = h;
            this.who = who;
            this.ops = ops;
            this.seq = h.createQuery("SELECT seq FROM team WHERE id = ? FOR UPDATE").bind(0, who.teamId())
                    .mapTo(Long.class).one();
            Set<String> ids = new LinkedHashSet<>();
            ops.forEach(op -> ids.add(op.entityId()));
            this.states = StateRows.load(h, who.teamId(), ids);
            this.open = ConflictRows.open(h, who.teamId(), ids);
            if (!ops.isEmpty()) {
                h.createQuery("SELECT op_id, outcome, seq, conflict_id FROM op_seen WHERE device_id = :d "
                                + "AND op_id IN (<ops>)").bind("d", who.deviceId())
                        .bindList("ops", ops.stream().map(Wire.Op::opId).toList())
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4)})
                        .forEach(r -> seen.put(Long.parseLong(r[0]), r));
            }
            this.changes = h.prepareBatch("INSERT INTO change (team_id, seq, device_id, op_id, user_name, device_name, "
                    + "entity, entity_id, provider_id, action, outcome, changes, client_at, conflict_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)");
            this.opsSeen = h.prepareBatch("INSERT INTO op_seen (device_id, op_id, team_id, seq, outcome, conflict_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?)");
        }

        Wire.PushResult run() {
            List<Wire.OpResult> results = new ArrayList<>();
            // One number per new operation, taken in one statement under the team row's lock: all are used below
            // (each new operation writes one change row), so the sequence stays gap-free.
            long fresh = ops.stream().map(Wire.Op::opId).filter(id -> !seen.containsKey(id)).distinct().count();
            long next = 0;
            if (fresh > 0) {
                long last = h.createQuery("UPDATE team SET seq = seq + ? WHERE id = ? RETURNING seq").bind(0, fresh)
                        .bind(1, who.teamId()).mapTo(Long.class).one();
                next = last - fresh + 1;
            }
            for (Wire.Op op : ops) {
                String[] before = seen.get(op.opId());
                if (before != null) {
                    // A retry after a lost answer: the same answer, nothing applied twice.
                    results.add(answer(op, before[1], Long.parseLong(before[2]), before[3]));
                    continue;
                }
                seq = next++;
                opAt = op.at();
                Outcome o = apply(op);
                changes.add(who.teamId(), seq, who.deviceId(), op.opId(), who.user(), who.deviceName(), op.entity(),
                        op.entityId(), op.providerId(), o.action, o.outcome, StateRows.write(o.changed), op.at(),
                        o.conflictId);
                opsSeen.add(who.deviceId(), op.opId(), who.teamId(), seq, o.outcome, o.conflictId);
                seen.put(op.opId(), new String[] {Long.toString(op.opId()), o.outcome, Long.toString(seq),
                    o.conflictId});
                results.add(answer(op, o.outcome, seq, o.conflictId));
            }
            StateRows.save(h, who.teamId(), states.values());
            if (changes.size() > 0) {
                changes.execute();
                opsSeen.execute();
            }
            return new Wire.PushResult(results);
        }

        /** What one operation did: its effective changes (field to [old, new]) and its outcome. */
        private static final class Outcome {
            String action;
            String outcome = APPLIED;
            String conflictId;
            final Map<String, List<String>> changed = new LinkedHashMap<>();
        }

        private Outcome apply(Wire.Op op) {
            Outcome o = new Outcome();
            o.action = op.action();
            EntityState s = states.get(op.entityId());
            Map<String, List<String>> opChanges = op.changes() == null ? Map.of() : op.changes();
            if (s == null) {
                if ("DELETE".equals(op.action())) {
                    o.outcome = MERGED;
                    return o;
                }
                s = EntityState.created(op.entity(), op.entityId(), op.providerId());
                states.put(op.entityId(), s);
                o.action = "CREATE";
                s.groups.put(FieldGroups.RECORD, mark());
                for (Map.Entry<String, List<String>> c : opChanges.entrySet()) {
                    set(s, c.getKey(), newValue(c.getValue()), o);
                    s.groups.put(FieldGroups.groupOf(s.entity, c.getKey()), mark());
                }
                s.version = seq;
                return o;
            }
            if (s.deleted) {
                if ("DELETE".equals(op.action())) {
                    o.outcome = MERGED;
                } else {
                    // An edit of a record someone deleted: both stand as candidates until someone chooses.
                    conflict(s, FieldGroups.RECORD, List.copyOf(opChanges.keySet()), null, true,
                            incoming(op, opChanges.keySet()), false, o);
                }
                return o;
            }
            if ("DELETE".equals(op.action())) {
                long base = op.bases() == null ? 0 : op.bases().values().stream().mapToLong(Long::longValue).min().orElse(0);
                boolean unseen = s.groups.values().stream().anyMatch(m -> m.seq() > base && !m.device().equals(who.deviceId()));
                if (unseen && !open.containsKey(ConflictRows.key(s.entityId, FieldGroups.RECORD))) {
                    conflict(s, FieldGroups.RECORD, List.copyOf(s.fields.keySet()), new LinkedHashMap<>(s.fields),
                            false, null, true, o);
                    return o;
                }
                for (Map.Entry<String, String> f : s.fields.entrySet()) {
                    if (f.getValue() != null) {
                        o.changed.put(f.getKey(), java.util.Arrays.asList(f.getValue(), null));
                    }
                }
                s.deleted = true;
                s.dirty = true;
                s.groups.put(FieldGroups.RECORD, mark());
                s.version = seq;
                return o;
            }
            return update(op, s, opChanges, o);
        }

        private Outcome update(Wire.Op op, EntityState s, Map<String, List<String>> opChanges, Outcome o) {
            o.action = "UPDATE";
            boolean conflicted = false;
            boolean merged = false;
            for (String group : FieldGroups.groupsOf(s.entity, opChanges.keySet())) {
                List<String> fields = opChanges.keySet().stream()
                        .filter(f -> FieldGroups.groupOf(s.entity, f).equals(group)).toList();
                String key = ConflictRows.key(s.entityId, group);
                EntityState.Mark last = s.groups.get(group);
                long base = op.bases() == null ? 0 : op.bases().getOrDefault(group, 0L);
                boolean unseen = last != null && last.seq() > base && !last.device().equals(who.deviceId());
                if (open.containsKey(key)) {
                    // While people disagree about a group, a further edit of it is one more candidate.
                    ConflictRows.addCandidate(h, open.get(key), incoming(op, groupFields(s, group, fields)), false,
                            who.user(), who.deviceName(), op.at(), seq);
                    o.conflictId = open.get(key).id;
                    conflicted = true;
                } else if (unseen) {
                    boolean same = fields.stream().allMatch(f -> Objects.equals(s.fields.get(f), newValue(opChanges.get(f))));
                    if (same) {
                        merged = true;
                    } else {
                        List<String> all = groupFields(s, group, fields);
                        Map<String, String> current = new LinkedHashMap<>();
                        all.forEach(f -> current.put(f, s.fields.get(f)));
                        conflict(s, group, all, current, false, incoming(op, all), false, o);
                        conflicted = true;
                    }
                } else {
                    for (String f : fields) {
                        set(s, f, newValue(opChanges.get(f)), o);
                    }
                    s.groups.put(group, mark());
                }
            }
            if (!conflicted && !merged) {
                long minBase = op.bases() == null ? 0 : op.bases().values().stream().mapToLong(Long::longValue).min().orElse(0);
                merged = s.groups.values().stream().anyMatch(m -> m.seq() > minBase && m.seq() < seq
                        && !m.device().equals(who.deviceId()));
            }
            if (!o.changed.isEmpty()) {
                s.version = seq;
            }
            o.outcome = conflicted ? CONFLICT : merged ? MERGED : APPLIED;
            return o;
        }

        /** The fields a conflict on a group shows: the group's own (all of an address), as far as known. */
        private static List<String> groupFields(EntityState s, String group, List<String> touched) {
            Set<String> result = new LinkedHashSet<>();
            for (String f : FieldGroups.fieldsOf(s.entity, group)) {
                if (s.fields.containsKey(f) || touched.contains(f)) {
                    result.add(f);
                }
            }
            result.addAll(touched);
            return List.copyOf(result);
        }

        /** What the desktop means the fields to be: its new values, else its values of the whole group. */
        private static Map<String, String> incoming(Wire.Op op, java.util.Collection<String> fields) {
            Map<String, String> result = new LinkedHashMap<>();
            for (String f : fields) {
                if (op.changes() != null && op.changes().containsKey(f)) {
                    result.put(f, newValue(op.changes().get(f)));
                } else if (op.groupValues() != null && op.groupValues().containsKey(f)) {
                    result.put(f, op.groupValues().get(f));
                }
            }
            return result;
        }

        /** Opens a conflict with the current value (by the group's last changer) and the incoming one. */
        private void conflict(EntityState s, String group, List<String> fields, Map<String, String> current,
                              boolean currentDeleted, Map<String, String> incoming, boolean incomingDeleted,
                              Outcome o) {
            ConflictRows.Open c = ConflictRows.insert(h, who.teamId(), s, group, fields, seq);
            open.put(ConflictRows.key(s.entityId, group), c);
            EntityState.Mark last = s.groups.getOrDefault(group, s.groups.get(FieldGroups.RECORD));
            if (currentDeleted) {
                last = s.groups.get(FieldGroups.RECORD);
            }
            ConflictRows.addCandidate(h, c, current, currentDeleted, last == null ? "?" : last.user(),
                    last == null ? "?" : last.deviceName(), last == null ? null : last.at(), seq);
            ConflictRows.addCandidate(h, c, incoming, incomingDeleted, who.user(), who.deviceName(),
                    opAt, seq);
            o.conflictId = c.id;
            o.outcome = CONFLICT;
        }

        private void set(EntityState s, String field, String value, Outcome o) {
            String old = s.fields.get(field);
            if (!Objects.equals(old, value)) {
                o.changed.put(field, java.util.Arrays.asList(old, value));
            }
            s.fields.put(field, value);
            s.dirty = true;
        }

        private EntityState.Mark mark() {
            return new EntityState.Mark(seq, who.deviceId(), who.user(), who.deviceName(), opAt);
        }

        private static String newValue(List<String> pair) {
            return pair == null || pair.size() < 2 ? null : pair.get(1);
        }

        /** The answer for one operation, with the server's current values of the groups it touched. */
        private Wire.OpResult answer(Wire.Op op, String outcome, long opSeq, String conflictId) {
            EntityState s = states.get(op.entityId());
            if (s == null || s.deleted) {
                return new Wire.OpResult(op.opId(), outcome, opSeq, conflictId, null, null);
            }
            Map<String, String> current = new LinkedHashMap<>();
            Set<String> groups = FieldGroups.groupsOf(s.entity, op.changes() == null ? Set.of() : op.changes().keySet());
            String by = null;
            for (String g : groups) {
                for (String f : groupFields(s, g, op.changes().keySet().stream()
                        .filter(x -> FieldGroups.groupOf(s.entity, x).equals(g)).toList())) {
                    current.put(f, s.fields.get(f));
                }
                EntityState.Mark m = s.groups.get(g);
                if (by == null && m != null) {
                    by = m.user() + "@" + m.deviceName();
                }
            }
            return new Wire.OpResult(op.opId(), outcome, opSeq, conflictId, current, by);
        }
    }
}
