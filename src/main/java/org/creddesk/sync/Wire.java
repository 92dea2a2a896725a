package org.creddesk.sync;

import java.util.List;
import java.util.Map;

/**
 * The sync protocol's messages, shared by the desktop's client and the server (JSON through Jackson). Values are
 * the change log's text forms (ISO dates, enum names); null means empty. See ADR 0024.
 */
public final class Wire {
    private Wire() {
    }

    /** What a server speaks: a client below {@code protocolMin} is told which CredDesk it needs. */
    public record Hello(int protocolMin, int protocolMax, String minClientVersion, String serverVersion) {
    }

    public record EnrolRequest(String code, String deviceName) {
    }

    public record EnrolResult(String deviceId, String token, String user, String team, String role) {
    }

    public record TokenResult(String token) {
    }

    /**
     * One change of one record, from a desktop's change log. {@code opId}: device-scoped and increasing;
     * {@code changes}: field to [old, new]; {@code groupValues}: the desktop's values of every field of the
     * groups it touched (what it means the whole group to be, for a conflict's candidate); {@code bases}: per
     * touched group, the team sequence number of the last change of it this desktop had seen when it was made.
     */
    public record Op(long opId, String entity, String entityId, String providerId, String action,
                     Map<String, List<String>> changes, Map<String, String> groupValues, Map<String, Long> bases,
                     String at) {
    }

    public record PushRequest(List<Op> ops) {
    }

    /** applied, merged (applied beside edits this desktop had not seen) or conflict. */
    public record OpResult(long opId, String outcome, long seq, String conflictId, Map<String, String> current,
                           String currentBy) {
    }

    public record PushResult(List<OpResult> results) {
    }

    /** One accepted change as the server applied it: new values of the fields it changed. */
    public record Change(long seq, String entity, String entityId, String providerId, String action,
                         Map<String, String> values, String outcome, String user, String device, String at,
                         String reason) {
    }

    public record Candidate(String id, Map<String, String> value, boolean deleted, String user, String device,
                            String at) {
    }

    public record Conflict(String id, String entity, String entityId, String providerId, List<String> fields,
                           String status, List<Candidate> candidates, String resolvedBy, String reason,
                           String taken) {
    }

    public record PullResult(List<Change> changes, List<Conflict> conflicts, long cursor, boolean more) {
    }

    public record ResolveRequest(String candidateId, String reason) {
    }

    public record UserRequest(String name, String role) {
    }

    public record CodeResult(String code) {
    }

    public record DeviceInfo(String id, String user, String name, String createdAt, String lastSeenAt,
                             String revokedAt) {
    }

    public record Problem(String error) {
    }
}
