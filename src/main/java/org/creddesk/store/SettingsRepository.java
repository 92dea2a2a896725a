package org.creddesk.store;

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

    public void put(String key, String value) {
        db.write(h -> h.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value));
    }
}
