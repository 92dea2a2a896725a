package org.creddesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderSummary;
import org.jdbi.v3.core.Handle;

/**
 * Provider files: load, save (with the change log in the same transaction), list and search. Nothing writes
 * provider data any other way.
 */
public final class ProviderRepository {
    private static final int CHUNK = 500;

    private final Database db;
    private final List<ProviderSaveListener> listeners = new ArrayList<>();

    public ProviderRepository(Database db) {
        this.db = db;
    }

    /** Registers work that must happen in the same transaction as every provider save (e.g. deadlines). */
    public void addSaveListener(ProviderSaveListener listener) {
        listeners.add(listener);
    }

    public Optional<ProviderFile> load(String providerId) {
        return db.read(h -> Optional.ofNullable(loadAll(h, List.of(providerId)).get(providerId)));
    }

    public Optional<ProviderFile> loadByNpi(String npi) {
        return db.read(h -> h.createQuery("SELECT id FROM provider WHERE npi = ? AND deleted_at IS NULL")
                        .bind(0, npi).mapTo(String.class).findFirst())
                .flatMap(this::load);
    }

    public Map<String, ProviderFile> loadAll(Collection<String> ids) {
        return db.read(h -> loadAll(h, ids));
    }

    /**
     * The providers' own rows, without their credentials and other parts: for lists that show who (name, NPI,
     * coordinator) over many providers, such as the enrollment board.
     */
    public Map<String, Provider> providersOnly(Collection<String> ids) {
        return db.read(h -> {
            Map<String, Provider> result = new HashMap<>();
            List<String> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += CHUNK) {
                h.createQuery(ProviderSchema.PROVIDER.selectSql("id IN (<ids>)"))
                        .bindList("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                        .map((rs, ctx) -> ProviderSchema.PROVIDER.fromRow(rs))
                        .forEach(p -> result.put(p.id(), p));
            }
            return result;
        });
    }

    /** Loads many provider files with one query per table per 500 ids; the map keeps the order asked. */
    static Map<String, ProviderFile> loadAll(Handle h, Collection<String> ids) {
        Map<String, ProviderFile> result = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Map<String, Provider> providers = new HashMap<>();
            h.createQuery(ProviderSchema.PROVIDER.selectSql("id IN (<ids>)")).bindList("ids", chunk)
                    .map((rs, ctx) -> ProviderSchema.PROVIDER.fromRow(rs))
                    .forEach(p -> providers.put(p.id(), p));
            Map<String, ProviderFile> files = new HashMap<>();
            providers.values().forEach(p -> files.put(p.id(), ProviderFile.of(p)));
            for (EntityType<?> type : ProviderSchema.CHILDREN) {
                attach(h, type, chunk, files);
            }
            for (String id : chunk) {
                if (files.containsKey(id)) {
                    result.put(id, files.get(id));
                }
            }
        }
        return result;
    }

    private static <T extends Record> void attach(Handle h, EntityType<T> type, List<String> ids,
                                                  Map<String, ProviderFile> files) {
        Map<String, List<T>> byProvider = new HashMap<>();
        h.createQuery(type.selectSql("provider_id IN (<ids>)") + " ORDER BY rowid").bindList("ids", ids)
                .map((rs, ctx) -> type.fromRow(rs))
                .forEach(row -> byProvider.computeIfAbsent((String) type.value(row, 1), k -> new ArrayList<>()).add(row));
        byProvider.forEach((pid, rows) -> files.computeIfPresent(pid, (k, f) -> ChildLists.with(type, f, rows)));
    }

    /** Saves one provider file; returns the operation id of the change-log rows written (empty when unchanged). */
    public Optional<String> save(ProviderFile file, ChangeContext ctx) {
        return saveAll(List.of(file), ctx).operationId();
    }

    /** Saves many provider files in one transaction: all or nothing. */
    public SaveSummary saveAll(List<ProviderFile> files, ChangeContext ctx) {
        return db.write(h -> saveAll(h, files, ctx, Ids.newId(db.clock())));
    }

    /** Saves inside a transaction another store component holds (e.g. a roster import with its own rows). */
    public SaveSummary saveAll(Handle h, List<ProviderFile> files, ChangeContext ctx, String opId) {
        return saveAll(h, files, null, ctx, opId);
    }

    /**
     * Like {@link #saveAll(Handle, List, ChangeContext, String)} when the caller loaded the stored files in this
     * same transaction already ({@code stored}: id to file, absent for a new provider); saves loading them twice.
     */
    SaveSummary saveAll(Handle h, List<ProviderFile> files, Map<String, ProviderFile> stored, ChangeContext ctx,
                        String opId) {
        ProviderWriter writer = new ProviderWriter(h, ctx, opId, db.clock().instant());
        int changed = 0;
        for (int from = 0; from < files.size(); from += CHUNK) {
            List<ProviderFile> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
            Map<String, ProviderFile> existing = stored != null ? stored
                    : loadAll(h, storedIds(h, chunk));
            for (ProviderFile f : chunk) {
                ProviderFile old = existing.get(f.id());
                if (writer.write(f, old)) {
                    changed++;
                    for (ProviderSaveListener l : listeners) {
                        l.saved(h, f, old);
                    }
                }
            }
        }
        writer.flush();
        for (ProviderSaveListener l : listeners) {
            l.flush(h);
        }
        return new SaveSummary(changed == 0 ? Optional.empty() : Optional.of(opId), changed, writer.changedEntities());
    }

    /**
     * The ids of {@code chunk} that are stored: one index lookup per id, so a bulk of new providers skips the
     * thirteen child-table queries of {@link #loadAll} (2.6 s of a 100k-provider insert).
     */
    private static List<String> storedIds(Handle h, List<ProviderFile> chunk) {
        return h.createQuery("SELECT id FROM provider WHERE id IN (<ids>)")
                .bindList("ids", chunk.stream().map(ProviderFile::id).toList()).mapTo(String.class).list();
    }

    /** What a save did: the operation id of its change-log rows, providers changed, entities changed. */
    public record SaveSummary(Optional<String> operationId, int providersChanged, int entitiesChanged) {
    }

    public boolean isEmpty() {
        return db.read(h -> h.createQuery("SELECT NOT EXISTS (SELECT 1 FROM provider WHERE deleted_at IS NULL)")
                .mapTo(Boolean.class).one());
    }

    public int count(String query, boolean includeRetired) {
        return db.read(h -> ProviderQueries.count(h, query, includeRetired));
    }

    /** One page of the provider list, sorted in SQL, filtered by the search text (name, NPI, license, CAQH). */
    public List<ProviderSummary> list(String query, boolean includeRetired, ProviderSort sort, int offset, int limit) {
        return db.read(h -> ProviderQueries.page(h, query, includeRetired, sort, offset, limit));
    }

    public List<String> activeIds() {
        return db.read(h -> h.createQuery("SELECT id FROM provider WHERE deleted_at IS NULL AND status = ? "
                + "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE").bind(0, ProviderStatus.ACTIVE.name())
                .mapTo(String.class).list());
    }

    /** Active providers billing under a group: its group NPI or its TIN (digits compared, dashes ignored). */
    public List<String> activeIdsInGroup(String groupNpiOrTin) {
        String digits = groupNpiOrTin.replaceAll("[^0-9]", "");
        return db.read(h -> h.createQuery("SELECT id FROM provider WHERE deleted_at IS NULL AND status = ? "
                        + "AND (group_npi = ? OR replace(tin, '-', '') = ?) "
                        + "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE")
                .bind(0, ProviderStatus.ACTIVE.name()).bind(1, digits).bind(2, digits)
                .mapTo(String.class).list());
    }

    public Optional<String> idByNpi(String npi) {
        return db.read(h -> h.createQuery("SELECT id FROM provider WHERE npi = ? AND deleted_at IS NULL")
                .bind(0, npi).mapTo(String.class).findFirst());
    }
}
