package org.creddesk.store;

import java.util.List;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;

import java.util.Optional;

/** Small key-value settings kept in the database (rule defaults a person changed, last export marks...). */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(h -> h.createQuery("SELECT value FROM setting WHERE key = ?").bind(0, key)
                .mapTo(String.class).findFirst());
    }

    /**
     * Stores a setting a person changed, with a change-log row (entity "setting", the key as its id) holding each
     * changed field's old and new value, who and from where: in one transaction.
     */
    public void put(String key, String value, List<FieldChange> changes, ChangeContext ctx) {
        db.write(h -> {
            h.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                    + "ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value);
            if (!changes.isEmpty()) {
                ChangeLog.append(h, Ids.newId(db.clock()), "setting", key, null, ChangeAction.UPDATE, changes, ctx,
                        db.clock().instant());
            }
            return null;
        });
    }

    /** Bookkeeping a program keeps (a version fingerprint, the last visit): not a person's change, not logged. */
    public void put(String key, String value) {
        db.write(h -> h.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value));
    }
}
