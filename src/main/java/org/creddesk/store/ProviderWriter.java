package org.creddesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.ProviderFile;
import org.jdbi.v3.core.Handle;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes provider files inside one transaction: compares each with what is stored, inserts, updates and
 * tombstones rows, appends the field-level change log and refreshes the search index. Inserts are batched so a
 * 100,000-provider import stays fast; call {@link #flush()} before the transaction commits. The batches use plain
 * JDBC: Jdbi's per-argument binding cost dominated a profile of the 100k-provider benchmark.
 */
final class ProviderWriter {
    private static final int FLUSH_EVERY = 5000;
    private static final String FTS_DELETE = "DELETE FROM provider_search WHERE rowid = (SELECT rowid FROM provider WHERE id = ?)";
    private static final String FTS_INSERT = "INSERT INTO provider_search (rowid, provider_id, names, identifiers, specialties) "
            + "VALUES ((SELECT rowid FROM provider WHERE id = ?), ?, ?, ?, ?)";

    private final Handle handle;
    private final ChangeContext ctx;
    private final String opId;
    private final String now;
    private final Map<EntityType<?>, JdbcBatch> inserts = new LinkedHashMap<>();
    private final JdbcBatch log;
    private final JdbcBatch ftsDelete;
    private final JdbcBatch ftsInsert;
    private int pending;
    /** The created parts of the provider file being written when it is new (provider first), else null. */
    private List<NewFileLogRow.Part> newFile;
    private int changedEntities;

    ProviderWriter(Handle handle, ChangeContext ctx, String opId, Instant now) {
        this.handle = handle;
        this.ctx = ctx;
        this.opId = opId;
        this.now = now.toString();
        inserts.put(ProviderSchema.PROVIDER, new JdbcBatch(handle, ProviderSchema.PROVIDER.insertSql()));
        for (EntityType<?> t : ProviderSchema.CHILDREN) {
            inserts.put(t, new JdbcBatch(handle, t.insertSql()));
        }
        this.ftsDelete = new JdbcBatch(handle, FTS_DELETE);
        this.ftsInsert = new JdbcBatch(handle, FTS_INSERT);
        this.log = new JdbcBatch(handle, ChangeLog.INSERT);
    }

    /** How many entities this writer created, changed or deleted so far. */
    int changedEntities() {
        return changedEntities;
    }

    /** Writes {@code incoming} over {@code existing} (null for a new provider). Returns whether anything changed. */
    boolean write(ProviderFile incoming, ProviderFile existing) {
        String providerId = incoming.id();
        newFile = existing == null ? new ArrayList<>() : null;
        boolean changed = writeAll(ProviderSchema.PROVIDER, incoming, existing, providerId);
        for (EntityType<?> t : ProviderSchema.CHILDREN) {
            changed |= writeAll(t, incoming, existing, providerId);
        }
        if (newFile != null) {
            // One change-log row for the whole new file (NewFileLogRow): its provider part first.
            ChangeLog.addEncoded(log, opId, ProviderSchema.PROVIDER.entity(), providerId, providerId,
                    ChangeAction.CREATE, NewFileLogRow.encode(newFile.get(0).changes(), newFile.subList(1, newFile.size())),
                    ctx, now);
            newFile = null;
        }
        if (changed) {
            if (existing != null) {
                ftsDelete.add(providerId);
            }
            ftsInsert.add(providerId, providerId, names(incoming), identifiers(incoming), specialties(incoming));
            pending++;
        }
        if (pending >= FLUSH_EVERY) {
            flush();
        }
        return changed;
    }

    private <T extends Record> boolean writeAll(EntityType<T> type, ProviderFile incoming, ProviderFile existing,
                                                String providerId) {
        Map<String, T> before = new HashMap<>();
        if (existing != null) {
            for (T row : type.of(existing)) {
                before.put(type.id(row), row);
            }
        }
        boolean changed = false;
        for (T row : type.of(incoming)) {
            T old = before.remove(type.id(row));
            changed |= old == null ? insert(type, row, providerId) : update(type, old, row, providerId);
        }
        for (T gone : before.values()) {
            tombstone(type, gone, providerId);
            changed = true;
        }
        return changed;
    }

    private <T extends Record> boolean insert(EntityType<T> type, T row, String providerId) {
        Object[] values = type.dbValues(row);
        Object[] args = new Object[values.length + 3];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = now;
        args[values.length + 1] = now;
        args[values.length + 2] = 1;
        inserts.get(type).add(args);
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : type.fieldsAsText(row).entrySet()) {
            if (e.getValue() != null) {
                changes.add(new FieldChange(e.getKey(), null, e.getValue()));
            }
        }
        if (newFile != null) {
            newFile.add(new NewFileLogRow.Part(type.entity(), type.id(row), changes));
            changedEntities++;
        } else {
            logChange(type, type.id(row), providerId, ChangeAction.CREATE, changes);
        }
        pending++;
        return true;
    }

    private <T extends Record> boolean update(EntityType<T> type, T old, T row, String providerId) {
        Map<String, String> before = type.fieldsAsText(old);
        Map<String, String> after = type.fieldsAsText(row);
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String previous = before.get(e.getKey());
            if (!Objects.equals(previous, e.getValue())) {
                changes.add(new FieldChange(e.getKey(), previous, e.getValue()));
            }
        }
        if (changes.isEmpty()) {
            return false;
        }
        String sets = changes.stream().map(c -> EntityType.quote(type.columnOf(c.field())) + " = ?")
                .collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>();
        Object[] values = type.dbValues(row);
        List<String> fields = type.dataFields();
        for (FieldChange c : changes) {
            args.add(values[fieldIndex(type, fields, c.field())]);
        }
        args.add(now);
        args.add(type.id(row));
        handle.execute("UPDATE " + type.table() + " SET " + sets + ", updated_at = ?, version = version + 1 WHERE id = ?",
                args.toArray());
        logChange(type, type.id(row), providerId, ChangeAction.UPDATE, changes);
        return true;
    }

    private static int fieldIndex(EntityType<?> type, List<String> dataFields, String field) {
        // dbValues covers every component; the data fields follow the key components.
        int keys = type == ProviderSchema.PROVIDER ? 1 : 2;
        return keys + dataFields.indexOf(field);
    }

    private <T extends Record> void tombstone(EntityType<T> type, T row, String providerId) {
        handle.execute("UPDATE " + type.table() + " SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                now, now, type.id(row));
        List<FieldChange> changes = type.fieldsAsText(row).entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> new FieldChange(e.getKey(), e.getValue(), null))
                .toList();
        logChange(type, type.id(row), providerId, ChangeAction.DELETE, changes);
    }

    private void logChange(EntityType<?> type, String entityId, String providerId, ChangeAction action,
                           List<FieldChange> changes) {
        ChangeLog.add(log, opId, type.entity(), entityId, providerId, action, changes, ctx, now);
        changedEntities++;
    }

    /** Executes every queued insert, parents first, then the search index and the change log. */
    void flush() {
        for (JdbcBatch batch : inserts.values()) {
            batch.execute();
        }
        ftsDelete.execute();
        ftsInsert.execute();
        log.execute();
        pending = 0;
    }

    static String names(ProviderFile f) {
        Stream<String> own = Stream.of(f.provider().firstName(), f.provider().middleName(), f.provider().lastName(),
                f.provider().suffix());
        Stream<String> other = f.otherNames().stream().flatMap(n -> Stream.of(n.firstName(), n.lastName()));
        return join(Stream.concat(own, other));
    }

    static String identifiers(ProviderFile f) {
        Stream<String> own = Stream.of(f.provider().npi(), f.provider().caqhId(), f.provider().medicarePtan(),
                f.provider().groupNpi());
        Stream<String> lic = f.licenses().stream().map(l -> l.number());
        Stream<String> dea = f.registrations().stream().map(r -> r.number());
        return join(Stream.of(own, lic, dea).flatMap(s -> s));
    }

    static String specialties(ProviderFile f) {
        Stream<String> tax = f.taxonomies().stream().flatMap(t -> Stream.of(t.code(), t.description()));
        Stream<String> boards = f.boardCertifications().stream().map(b -> b.specialty());
        return join(Stream.concat(tax, boards));
    }

    private static String join(Stream<String> values) {
        return values.filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
    }

    /** A prepared statement that collects rows and runs them in one JDBC batch. */
    static final class JdbcBatch {
        private final Handle handle;
        private final String sql;
        private PreparedStatement statement;
        private int size;

        JdbcBatch(Handle handle, String sql) {
            this.handle = handle;
            this.sql = sql;
        }

        void add(Object... args) {
            try {
                if (statement == null) {
                    statement = handle.getConnection().prepareStatement(sql);
                    handle.addCleanable(statement::close);
                }
                Binds.row(statement, args);
                statement.addBatch();
                size++;
            } catch (SQLException e) {
                throw new StoreException("Cannot write: " + e.getMessage(), e);
            }
        }

        void execute() {
            if (size == 0) {
                return;
            }
            try {
                statement.executeBatch();
                size = 0;
            } catch (SQLException e) {
                throw new StoreException("Cannot write: " + e.getMessage(), e);
            }
        }
    }
}
