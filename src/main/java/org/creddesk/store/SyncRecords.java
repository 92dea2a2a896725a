package org.creddesk.store;

import java.util.List;
import java.util.Map;
import org.creddesk.domain.AuditEntry;

/** What the desktop's sync keeps and exchanges with its store (the wire records live in {@code sync}). */
public final class SyncRecords {
    private SyncRecords() {
    }

    /** This desktop's membership of a team. */
    public record Account(String serverUrl, String deviceId, String token, String user, String team, String role,
                          long cursor, long pushedThrough, String joinedAt, String lastSyncAt, String lastError) {
    }

    /**
     * One change-log entry waiting to be pushed: {@code opId} is device-scoped and increasing (the log's seq
     * times 4096 plus the entry's place in its row); {@code bases} per touched group; {@code groupValues} the
     * stored values of every field of the touched groups.
     */
    public record OutgoingChange(long opId, long logSeq, AuditEntry entry, Map<String, Long> bases,
                                 Map<String, String> groupValues) {
    }

    /** One change pulled from the team, as the server applied it. */
    public record PulledChange(long seq, String entity, String entityId, String providerId, String action,
                               Map<String, String> values, String user, String device) {
    }

    /** A conflict as last pulled: its JSON as the server sent it, for listing and the window. */
    public record StoredConflict(String id, String entity, String entityId, String providerId, String status,
                                 String body) {
    }

    /** The server's answer to one pushed change: its values now, and who set them (null values: deleted). */
    public record Answer(String entity, String entityId, String providerId, List<String> fields, boolean applied,
                         Map<String, String> current, String by) {
    }
}
