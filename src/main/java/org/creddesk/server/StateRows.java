package org.creddesk.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Reads and writes {@code entity_state} rows (fields and group marks as jsonb). */
final class StateRows {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, EntityState.Mark>> MARKS = new TypeReference<>() {
    };

    private StateRows() {
    }

    static Map<String, EntityState> load(Handle h, String teamId, Collection<String> entityIds) {
        Map<String, EntityState> result = new HashMap<>();
        if (entityIds.isEmpty()) {
            return result;
        }
        h.createQuery("SELECT entity, entity_id, provider_id, fields::text, groups::text, version, deleted "
                        + "FROM entity_state WHERE team_id = :team AND entity_id IN (<ids>)")
                .bind("team", teamId).bindList("ids", List.copyOf(entityIds))
                .map((rs, ctx) -> new EntityState(rs.getString(1), rs.getString(2), rs.getString(3),
                        read(rs.getString(4), FIELDS), read(rs.getString(5), MARKS), rs.getLong(6),
                        rs.getBoolean(7)))
                .forEach(s -> result.put(s.entityId, s));
        return result;
    }

    static void save(Handle h, String teamId, Collection<EntityState> states) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO entity_state (team_id, entity, entity_id, provider_id, "
                + "fields, groups, version, deleted) VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) "
                + "ON CONFLICT (team_id, entity_id) DO UPDATE SET fields = excluded.fields, groups = excluded.groups, "
                + "version = excluded.version, deleted = excluded.deleted");
        for (EntityState s : states) {
            if (s.dirty) {
                batch.add(teamId, s.entity, s.entityId, s.providerId, write(s.fields), write(s.groups), s.version,
                        s.deleted);
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable server row", e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
