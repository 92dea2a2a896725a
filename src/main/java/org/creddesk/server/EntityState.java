package org.creddesk.server;

import java.util.LinkedHashMap;
import java.util.Map;

/** A synced record as the server holds it, with who changed each of its field groups last. */
final class EntityState {
    /** The last change of a field group: its team sequence number, device, user and the desktop's time. */
    record Mark(long seq, String device, String user, String deviceName, String at) {
    }

    final String entity;
    final String entityId;
    final String providerId;
    final Map<String, String> fields;
    final Map<String, Mark> groups;
    long version;
    boolean deleted;
    boolean dirty;

    EntityState(String entity, String entityId, String providerId, Map<String, String> fields,
                Map<String, Mark> groups, long version, boolean deleted) {
        this.entity = entity;
        this.entityId = entityId;
        this.providerId = providerId;
        this.fields = new LinkedHashMap<>(fields);
        this.groups = new LinkedHashMap<>(groups);
        this.version = version;
        this.deleted = deleted;
    }

    static EntityState created(String entity, String entityId, String providerId) {
        EntityState s = new EntityState(entity, entityId, providerId, Map.of(), Map.of(), 0, false);
        s.dirty = true;
        return s;
    }
}
