package org.creddesk.server;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.creddesk.domain.FieldGroups;
import org.creddesk.sync.Wire;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person with the right role picks one candidate of a conflict and says why. The choice is itself a change of
 * the team (next sequence number, source "resolution", the reason kept), so it reaches every desktop's history.
 */
final class ConflictResolver {
    private static final Logger LOG = LoggerFactory.getLogger(ConflictResolver.class);
    private final Jdbi jdbi;

    ConflictResolver(ServerDatabase db) {
        this.jdbi = db.jdbi();
    }

    Wire.Conflict resolve(Principal who, String conflictId, String candidateId, String reason) {
        if (!who.role().manages()) {
            throw new ServerException(403, "Only a manager resolves sync conflicts");
        }
        if (reason == null || reason.isBlank()) {
            throw new ServerException(400, "A resolution needs a reason (--reason TEXT)");
        }
        return jdbi.inTransaction(h -> {
            h.createQuery("SELECT seq FROM team WHERE id = ? FOR UPDATE").bind(0, who.teamId()).mapTo(Long.class).one();
            Wire.Conflict c = ConflictRows.one(h, who.teamId(), conflictId).orElseThrow(() -> {
                LOG.warn("device {} asked for conflict {} outside its team", who.deviceId(), conflictId);
                return new ServerException(404, "No conflict " + conflictId + " in this team");
            });
            if (!"open".equals(c.status())) {
                throw new ServerException(409, "Conflict " + conflictId + " was resolved already by " + c.resolvedBy());
            }
            Wire.Candidate taken = c.candidates().stream().filter(k -> k.id().equals(candidateId)).findFirst()
                    .orElseThrow(() -> new ServerException(404, "Conflict " + conflictId + " has no candidate "
                            + candidateId));
            long seq = h.createQuery("UPDATE team SET seq = seq + 1 WHERE id = ? RETURNING seq").bind(0, who.teamId())
                    .mapTo(Long.class).one();
            EntityState s = StateRows.load(h, who.teamId(), List.of(c.entityId())).get(c.entityId());
            EntityState.Mark mark = new EntityState.Mark(seq, who.deviceId(), who.user(), who.deviceName(), null);
            Map<String, List<String>> changed = new LinkedHashMap<>();
            String action;
            if (taken.deleted()) {
                action = "DELETE";
                if (!s.deleted) {
                    s.fields.forEach((f, v) -> {
                        if (v != null) {
                            changed.put(f, Arrays.asList(v, null));
                        }
                    });
                    s.deleted = true;
                }
                s.groups.put(FieldGroups.RECORD, mark);
            } else {
                boolean revive = s.deleted;
                action = revive ? "CREATE" : "UPDATE";
                s.deleted = false;
                if (taken.value() != null) {
                    taken.value().forEach((f, v) -> {
                        if (!Objects.equals(s.fields.get(f), v)) {
                            changed.put(f, Arrays.asList(s.fields.get(f), v));
                        }
                        s.fields.put(f, v);
                        s.groups.put(FieldGroups.groupOf(s.entity, f), mark);
                    });
                }
                if (revive) {
                    s.fields.forEach((f, v) -> changed.putIfAbsent(f, Arrays.asList(null, v)));
                    s.groups.put(FieldGroups.RECORD, mark);
                }
            }
            s.version = seq;
            s.dirty = true;
            StateRows.save(h, who.teamId(), List.of(s));
            h.execute("INSERT INTO change (team_id, seq, device_id, op_id, user_name, device_name, entity, entity_id, "
                    + "provider_id, action, outcome, changes, reason, conflict_id) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, "
                    + "?, 'resolution', ?::jsonb, ?, ?)", who.teamId(), seq, who.deviceId(), who.user(),
                    who.deviceName(), s.entity, s.entityId, s.providerId, action, StateRows.write(changed), reason,
                    conflictId);
            h.execute("UPDATE conflict SET status = 'resolved', resolved_by = ?, reason = ?, taken = ?, updated_seq = ? "
                    + "WHERE id = ?", who.user() + "@" + who.deviceName(), reason, candidateId, seq, conflictId);
            LOG.info("conflict {} resolved by device {}", conflictId, who.deviceId());
            return ConflictRows.one(h, who.teamId(), conflictId).orElseThrow();
        });
    }
}
