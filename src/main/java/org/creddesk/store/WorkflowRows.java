package org.creddesk.store;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.jdbi.v3.core.Handle;

/**
 * Insert, update and read of workflow records through their {@link EntityType} mapping, each write appending its
 * field differences to the change log in the caller's transaction (the audit trail of workflow data).
 */
final class WorkflowRows {
    private static final int CHUNK = 500;
    private final Handle handle;
    private final ChangeContext ctx;
    private final String opId;
    private final Instant at;

    WorkflowRows(Handle handle, ChangeContext ctx, String opId, Instant at) {
        this.handle = handle;
        this.ctx = ctx;
        this.opId = opId;
        this.at = at;
    }

    <T extends Record> void insert(EntityType<T> type, T row, String providerId) {
        Object[] values = type.dbValues(row);
        Object[] args = new Object[values.length + 3];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = at.toString();
        args[values.length + 1] = at.toString();
        args[values.length + 2] = 1;
        handle.execute(type.insertSql(), args);
        List<FieldChange> changes = type.fieldsAsText(row).entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> new FieldChange(e.getKey(), null, e.getValue()))
                .toList();
        ChangeLog.append(handle, opId, type.entity(), type.id(row), providerId, ChangeAction.CREATE, changes, ctx, at);
    }

    /** Inserts many rows of one type with their change-log entries in two JDBC batches (a screening run). */
    <T extends Record> void insertAll(EntityType<T> type, List<T> rows, java.util.function.Function<T, String> providerOf) {
        ProviderWriter.JdbcBatch inserts = new ProviderWriter.JdbcBatch(handle, type.insertSql());
        ProviderWriter.JdbcBatch log = new ProviderWriter.JdbcBatch(handle, ChangeLog.INSERT);
        int pending = 0;
        String when = at.toString();
        for (T row : rows) {
            Object[] values = type.dbValues(row);
            Object[] args = java.util.Arrays.copyOf(values, values.length + 3);
            args[values.length] = when;
            args[values.length + 1] = when;
            args[values.length + 2] = 1;
            inserts.add(args);
            List<FieldChange> changes = type.fieldsAsText(row).entrySet().stream()
                    .filter(e -> e.getValue() != null)
                    .map(e -> new FieldChange(e.getKey(), null, e.getValue()))
                    .toList();
            ChangeLog.add(log, opId, type.entity(), type.id(row), providerOf.apply(row), ChangeAction.CREATE, changes,
                    ctx, when);
            if (++pending == 5000) {
                inserts.execute();
                log.execute();
                pending = 0;
            }
        }
        inserts.execute();
        log.execute();
    }

    /** Writes the fields that differ; returns false (and logs nothing) when nothing changed. */
    <T extends Record> boolean update(EntityType<T> type, T old, T row, String providerId) {
        Map<String, String> before = type.fieldsAsText(old);
        Map<String, String> after = type.fieldsAsText(row);
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.add(new FieldChange(field, before.get(field), value));
            }
        });
        if (changes.isEmpty()) {
            return false;
        }
        List<String> names = List.of(type.type().getRecordComponents()).stream().map(RecordComponent::getName).toList();
        Object[] values = type.dbValues(row);
        List<Object> args = new ArrayList<>();
        for (FieldChange c : changes) {
            args.add(values[names.indexOf(c.field())]);
        }
        args.add(at.toString());
        args.add(type.id(row));
        String sets = changes.stream().map(c -> EntityType.quote(type.columnOf(c.field())) + " = ?")
                .collect(Collectors.joining(", "));
        handle.execute("UPDATE " + type.table() + " SET " + sets + ", updated_at = ?, version = version + 1 WHERE id = ?",
                args.toArray());
        ChangeLog.append(handle, opId, type.entity(), type.id(row), providerId, ChangeAction.UPDATE, changes, ctx, at);
        return true;
    }

    /** Marks a row deleted (a tombstone, for sync) and logs its last values as removed. */
    <T extends Record> void delete(EntityType<T> type, T old, String providerId) {
        handle.execute("UPDATE " + type.table() + " SET deleted_at = ?, updated_at = ?, version = version + 1 "
                + "WHERE id = ?", at.toString(), at.toString(), type.id(old));
        List<FieldChange> changes = type.fieldsAsText(old).entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> new FieldChange(e.getKey(), e.getValue(), null)).toList();
        ChangeLog.append(handle, opId, type.entity(), type.id(old), providerId, ChangeAction.DELETE, changes, ctx, at);
    }

    static <T extends Record> List<T> select(Handle h, EntityType<T> type, String where, Object... args) {
        var query = h.createQuery(type.selectSql(where));
        for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
        }
        return query.map((rs, c) -> type.fromRow(rs)).list();
    }

    static <T extends Record> List<T> selectIn(Handle h, EntityType<T> type, String column, List<String> ids) {
        List<T> result = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            result.addAll(h.createQuery(type.selectSql(column + " IN (<ids>)") + " ORDER BY rowid")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .map((rs, c) -> type.fromRow(rs)).list());
        }
        return result;
    }
}
