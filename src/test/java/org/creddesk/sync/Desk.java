package org.creddesk.sync;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.creddesk.app.AppContext;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.License;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;

/** One desktop in a sync test: its own SQLite file, its services, and edits as a person makes them. */
public final class Desk implements AutoCloseable {
    public final String name;
    public final AppContext ctx;

    public Desk(Path folder, String name, Clock clock) {
        this.name = name;
        this.ctx = AppContext.open(folder.resolve(name).resolve("creddesk.db"), clock);
    }

    public SyncService sync() {
        return ctx.sync();
    }

    public ChangeContext hand() {
        return ChangeContext.manual(name, name + "-pc");
    }

    /** A new provider file with one license; returns its id. */
    public String newProvider(String id, String npi, String lastName) {
        Provider p = new Provider(id, "Ada", null, lastName, null, "MD", null, null, null, null, "555-0100", npi,
                null, null, null, null, null, null, null, null, ProviderStatus.ACTIVE);
        ProviderFile f = ProviderFile.of(p).withLicenses(List.of(new License(id + "-lic", id, "OH", "MD", "35.1",
                null, java.time.LocalDate.of(2027, 6, 30), "active")));
        ctx.providerRepository().save(f, hand());
        return id;
    }

    /** Sets fields of a provider's own record, as a save from the window would. */
    public void set(String providerId, Map<String, String> values) {
        ProviderFile f = file(providerId);
        ctx.providerRepository().save(f.withProvider(with(f.provider(), values)), hand());
    }

    public ProviderFile file(String providerId) {
        return ctx.providerRepository().load(providerId).orElseThrow(() -> new AssertionError(name + " has no " + providerId));
    }

    public String field(String providerId, String field) {
        return ctx.providerRepository().load(providerId).map(f -> get(f.provider(), field)).orElse(null);
    }

    public List<AuditEntry> history(String providerId) {
        return ctx.providers().history(providerId);
    }

    static Provider with(Provider p, Map<String, String> values) {
        try {
            RecordComponent[] cs = Provider.class.getRecordComponents();
            Object[] args = new Object[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                args[i] = values.containsKey(cs[i].getName()) ? values.get(cs[i].getName()) : cs[i].getAccessor().invoke(p);
            }
            return Provider.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String get(Provider p, String field) {
        try {
            Object v = Provider.class.getMethod(field).invoke(p);
            return v == null ? null : v.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        ctx.close();
    }
}
