package org.creddesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Provenance;
import org.jdbi.v3.core.Handle;

/**
 * The append-only change log: the audit trail and the sync outbox. One row per entity change; its field
 * differences are a JSON object {@code {"field": [old, new]}} (see ADR 0002 for why not one row per field).
 */
public final class ChangeLog {
    static final String INSERT = "INSERT INTO change_log (op_id, entity, entity_id, provider_id, action, changes, "
            + "source, actor, device, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, List<String>>> DIFF = new TypeReference<>() {
    };

    private final Database db;

    public ChangeLog(Database db) {
        this.db = db;
    }

    /**
     * {@code {"field": [old, new], ...}}, written by hand: Jackson's generic map serializer was a tenth of the
     * 100k-provider insert profile. {@link #decode} (Jackson) reads it back.
     */
    static String encode(List<FieldChange> changes) {
        StringBuilder sb = new StringBuilder(32 * changes.size() + 2).append('{');
        for (int i = 0; i < changes.size(); i++) {
            FieldChange c = changes.get(i);
            if (i > 0) {
                sb.append(',');
            }
            quoted(sb, c.field()).append(":[");
            quoted(sb, c.oldValue()).append(',');
            quoted(sb, c.newValue()).append(']');
        }
        return sb.append('}').toString();
    }

    static StringBuilder quoted(StringBuilder sb, String value) {
        if (value == null) {
            return sb.append("null");
        }
        sb.append('"');
        if (!needsEscape(value)) {
            // Nearly every value: copied whole instead of a char at a time.
            return sb.append(value).append('"');
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"');
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x20 || ch == '"' || ch == '\\') {
                return true;
            }
        }
        return false;
    }

    static List<FieldChange> decode(String json) {
        try {
            List<FieldChange> result = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : JSON.readValue(json, DIFF).entrySet()) {
                result.add(new FieldChange(e.getKey(), e.getValue().get(0), e.getValue().get(1)));
            }
            return result;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable change-log row", e);
        }
    }

    /** Queues one entry on a writer's batch; {@code at} is the ISO instant, formatted once per save. */
    static void add(ProviderWriter.JdbcBatch batch, String opId, String entity, String entityId, String providerId,
                    ChangeAction action, List<FieldChange> changes, org.creddesk.domain.ChangeContext ctx,
                    String at) {
        addEncoded(batch, opId, entity, entityId, providerId, action, encode(changes), ctx, at);
    }

    /** Like {@link #add} with the diff already encoded (a created provider file, {@link NewFileLogRow}). */
    static void addEncoded(ProviderWriter.JdbcBatch batch, String opId, String entity, String entityId,
                           String providerId, ChangeAction action, String changes,
                           org.creddesk.domain.ChangeContext ctx, String at) {
        batch.add(opId, entity, entityId, providerId, action.name(), changes, ctx.source(), ctx.actor(), ctx.device(),
                at);
    }

    static void add(org.jdbi.v3.core.statement.PreparedBatch batch, String opId, String entity, String entityId,
                    String providerId, ChangeAction action, List<FieldChange> changes,
                    org.creddesk.domain.ChangeContext ctx, Instant at) {
        batch.add(opId, entity, entityId, providerId, action.name(), encode(changes), ctx.source(), ctx.actor(),
                ctx.device(), at.toString());
    }

    /** Appends one entry in the caller's transaction (for writers outside the provider file). */
    public static void append(Handle h, String opId, String entity, String entityId, String providerId,
                              ChangeAction action, List<FieldChange> changes, org.creddesk.domain.ChangeContext ctx,
                              Instant at) {
        h.execute(INSERT, opId, entity, entityId, providerId, action.name(), encode(changes), ctx.source(),
                ctx.actor(), ctx.device(), at.toString());
    }

    private static final String COLUMNS = "seq, op_id, entity, entity_id, provider_id, action, changes, source, "
            + "actor, device, at";

    /** The whole audit trail of a provider, oldest first. */
    public List<AuditEntry> forProvider(String providerId) {
        return db.read(h -> flatten(h.createQuery("SELECT " + COLUMNS + " FROM change_log WHERE provider_id = ? ORDER BY seq")
                .bind(0, providerId).map((rs, ctx) -> entries(rs)).list()));
    }

    /** The entries of one operation (e.g. one roster import), oldest first. */
    public List<AuditEntry> forOperation(String opId) {
        return db.read(h -> flatten(h.createQuery("SELECT " + COLUMNS + " FROM change_log WHERE op_id = ? ORDER BY seq")
                .bind(0, opId).map((rs, ctx) -> entries(rs)).list()));
    }

    /** Entries of the next {@code limit} rows after a sequence number, for the sync outbox and delta exports. */
    public List<AuditEntry> after(long seq, int limit) {
        return db.read(h -> flatten(h.createQuery("SELECT " + COLUMNS + " FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?")
                .bind(0, seq).bind(1, limit).map((rs, ctx) -> entries(rs)).list()));
    }

    /** The history of one field of one entity, newest first. */
    public List<FieldChange> fieldHistory(String entityId, String field) {
        List<FieldChange> result = new ArrayList<>();
        for (AuditEntry e : forEntity(entityId)) {
            e.changes().stream().filter(c -> c.field().equals(field)).forEach(result::add);
        }
        java.util.Collections.reverse(result);
        return result;
    }

    /**
     * The entries about one entity, oldest first. A part of a provider file created in one save is logged in the
     * provider's row ({@link NewFileLogRow}), found through the child table that holds the entity.
     */
    public List<AuditEntry> forEntity(String entityId) {
        return db.read(h -> {
            var query = h.createQuery("SELECT " + COLUMNS + " FROM change_log WHERE entity_id = ?"
                    + " UNION ALL SELECT " + COLUMNS + " FROM change_log WHERE entity = 'provider' AND action = 'CREATE'"
                    + " AND entity_id = (" + OWNER + ") ORDER BY seq");
            for (int i = 0; i <= ProviderSchema.CHILDREN.size(); i++) {
                query.bind(i, entityId);
            }
            return flatten(query.map((rs, ctx) -> entries(rs)).list()).stream()
                    .filter(e -> e.entityId().equals(entityId)).toList();
        });
    }

    /** The provider owning a child entity of its file (no row for a provider itself or a non-file entity). */
    private static final String OWNER = ProviderSchema.CHILDREN.stream()
            .map(t -> "SELECT provider_id FROM " + t.table() + " WHERE id = ?")
            .collect(java.util.stream.Collectors.joining(" UNION ALL "));

    /** For each field of each entity of a provider, the newest change that set it: keyed "entityId.field". */
    public Map<String, Provenance> provenance(String providerId) {
        return provenance(forProvider(providerId));
    }

    public static Map<String, Provenance> provenance(List<AuditEntry> entries) {
        Map<String, Provenance> result = new HashMap<>();
        for (AuditEntry e : entries) {
            for (FieldChange c : e.changes()) {
                result.put(e.entityId() + "." + c.field(), new Provenance(e.entity(), e.entityId(), c.field(),
                        c.newValue(), e.source(), e.actor(), e.at()));
            }
        }
        return result;
    }

    /**
     * The entries of one row ({@link #COLUMNS} order): one, or one per entity for a created provider file
     * ({@link NewFileLogRow}).
     */
    static List<AuditEntry> entries(java.sql.ResultSet rs) throws java.sql.SQLException {
        String json = rs.getString(7);
        if (NewFileLogRow.isFile(rs.getString(3), ChangeAction.valueOf(rs.getString(6)), json)) {
            return NewFileLogRow.expand(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), ChangeAction.valueOf(rs.getString(6)), json, rs.getString(8), rs.getString(9),
                    rs.getString(10), Instant.parse(rs.getString(11)));
        }
        return List.of(new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), ChangeAction.valueOf(rs.getString(6)), decode(json), rs.getString(8),
                rs.getString(9), rs.getString(10), Instant.parse(rs.getString(11))));
    }

    /** Maps rows to their entries, in row order. */
    static List<AuditEntry> flatten(List<List<AuditEntry>> rows) {
        List<AuditEntry> result = new ArrayList<>();
        rows.forEach(result::addAll);
        return result;
    }
}
