package org.creddesk.server;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.Ids;
import org.creddesk.sync.Wire;
import org.jdbi.v3.core.Handle;

/** Conflict records and their candidates in {@code conflict} / {@code conflict_candidate}. */
final class ConflictRows {
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
    };

    /** An open conflict being added to in a push: its id and the next candidate's position. */
    static final class Open {
        final String id;
        int candidates;

        Open(String id, int candidates) {
            this.id = id;
            this.candidates = candidates;
        }
    }

    private ConflictRows() {
    }

    static String key(String entityId, String group) {
        return entityId + "|" + group;
    }

    /** The open conflicts of some records, keyed {@link #key}. */
    static Map<String, Open> open(Handle h, String teamId, Collection<String> entityIds) {
        Map<String, Open> result = new HashMap<>();
        if (entityIds.isEmpty()) {
            return result;
        }
        h.createQuery("SELECT c.id, c.entity_id, c.field_group, (SELECT count(*) FROM conflict_candidate k "
                        + "WHERE k.conflict_id = c.id) FROM conflict c WHERE c.team_id = :team AND c.status = 'open' "
                        + "AND c.entity_id IN (<ids>)")
                .bind("team", teamId).bindList("ids", List.copyOf(entityIds))
                .map((rs, ctx) -> Map.entry(key(rs.getString(2), rs.getString(3)),
                        new Open(rs.getString(1), rs.getInt(4))))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    static Open insert(Handle h, String teamId, EntityState s, String group, List<String> fields, long seq) {
        String id = Ids.newId();
        h.execute("INSERT INTO conflict (id, team_id, entity, entity_id, provider_id, field_group, fields, opened_seq, "
                + "updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)", id, teamId, s.entity, s.entityId,
                s.providerId, group, StateRows.write(fields), seq, seq);
        return new Open(id, 0);
    }

    static String addCandidate(Handle h, Open c, Map<String, String> value, boolean deleted, String user,
                               String device, String at, long seq) {
        String id = Ids.newId();
        h.execute("INSERT INTO conflict_candidate (id, conflict_id, ord, value, deleted, user_name, device_name, at) "
                + "VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?)", id, c.id, c.candidates++,
                value == null ? null : StateRows.write(value), deleted, user, device, at);
        h.execute("UPDATE conflict SET updated_seq = ? WHERE id = ?", seq, c.id);
        return id;
    }

    /** Conflicts of a team changed in the sequence range (after, upTo], oldest change first. */
    static List<Wire.Conflict> changed(Handle h, String teamId, long after, long upTo) {
        return list(h, h.createQuery(SELECT + "WHERE team_id = ? AND updated_seq > ? AND updated_seq <= ? "
                + "ORDER BY updated_seq").bind(0, teamId).bind(1, after).bind(2, upTo));
    }

    static List<Wire.Conflict> openOf(Handle h, String teamId) {
        return list(h, h.createQuery(SELECT + "WHERE team_id = ? AND status = 'open' ORDER BY opened_seq")
                .bind(0, teamId));
    }

    static java.util.Optional<Wire.Conflict> one(Handle h, String teamId, String id) {
        return list(h, h.createQuery(SELECT + "WHERE team_id = ? AND id = ?").bind(0, teamId).bind(1, id))
                .stream().findFirst();
    }

    /** The group of a conflict (not part of the wire record). */
    static String group(Handle h, String conflictId) {
        return h.createQuery("SELECT field_group FROM conflict WHERE id = ?").bind(0, conflictId)
                .mapTo(String.class).one();
    }

    private static final String SELECT = "SELECT id, entity, entity_id, provider_id, fields::text, status, "
            + "resolved_by, reason, taken FROM conflict ";

    private static List<Wire.Conflict> list(Handle h, org.jdbi.v3.core.statement.Query query) {
        List<String[]> rows = query.map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9)}).list();
        Map<String, List<Wire.Candidate>> candidates = new HashMap<>();
        if (!rows.isEmpty()) {
            h.createQuery("SELECT conflict_id, id, value::text, deleted, user_name, device_name, at "
                            + "FROM conflict_candidate WHERE conflict_id IN (<ids>) ORDER BY conflict_id, ord")
                    .bindList("ids", rows.stream().map(r -> r[0]).toList())
                    .map((rs, ctx) -> Map.entry(rs.getString(1), new Wire.Candidate(rs.getString(2),
                            rs.getString(3) == null ? null : StateRows.read(rs.getString(3), VALUES),
                            rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getString(7))))
                    .forEach(e -> candidates.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        List<Wire.Conflict> result = new ArrayList<>();
        for (String[] r : rows) {
            result.add(new Wire.Conflict(r[0], r[1], r[2], r[3], StateRows.read(r[4], LIST), r[5],
                    candidates.getOrDefault(r[0], List.of()), r[6], r[7], r[8]));
        }
        return result;
    }
}
