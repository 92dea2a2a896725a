package org.creddesk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.creddesk.domain.FieldChange;
import org.creddesk.store.SyncRecords;
import org.creddesk.store.SyncStore;

/**
 * The desktop's team sync: join with a one-time code, then push the change log's waiting entries and pull the
 * team's changes after the cursor. Every step is safe to repeat: a push whose answer was lost is answered again
 * (the server dedupes by device and operation id), and the cursor only moves with the page it covers.
 */
public final class SyncService {
    static final int PUSH_ROWS = 200;
    static final int PULL_LIMIT = 2000;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final SyncStore store;
    private final String deviceName;
    private final BiFunction<String, String, SyncClient> clients;

    public SyncService(SyncStore store, String deviceName) {
        this(store, deviceName, SyncClient::new);
    }

    /** {@code clients}: (url, token) to a client; tests pass one that drops answers. */
    public SyncService(SyncStore store, String deviceName, BiFunction<String, String, SyncClient> clients) {
        this.store = store;
        this.deviceName = deviceName;
        this.clients = clients;
    }

    /** What {@code sync now} did. */
    public record Report(int pushed, int applied, int merged, int conflicts, int pulled, int openConflicts) {
    }

    /** What {@code sync status} shows. */
    public record Status(boolean joined, String server, String team, String user, String role, long cursor,
                         long waiting, long notSynced, int openConflicts, String lastSyncAt, String lastError) {
    }

    public SyncRecords.Account join(String url, String code) {
        SyncClient client = clients.apply(url, null);
        Wire.Hello hello = client.hello();
        if (Protocol.VERSION < hello.protocolMin()) {
            throw new SyncException(SyncException.Kind.OUTDATED, Protocol.needsNewer(hello.minClientVersion()));
        }
        Wire.EnrolResult r = client.enrol(code, deviceName);
        store.join(url, r.deviceId(), r.token(), r.user(), r.team(), r.role());
        return store.account().orElseThrow();
    }

    public void leave() {
        account();
        store.leave();
    }

    private SyncRecords.Account account() {
        return store.account().orElseThrow(() -> new SyncException(SyncException.Kind.NOT_JOINED,
                "This desktop has not joined a team: run 'creddesk sync join URL CODE'"));
    }

    private SyncClient client() {
        SyncRecords.Account a = account();
        return clients.apply(a.serverUrl(), a.token());
    }

    /** Push everything waiting, then pull everything new. */
    public Report now() {
        SyncRecords.Account a = account();
        SyncClient client = clients.apply(a.serverUrl(), a.token());
        try {
            int[] pushed = push(client, a);
            int pulled = pull(client);
            store.outcome(null);
            return new Report(pushed[0], pushed[1], pushed[2], pushed[3], pulled, store.conflicts(true).size());
        } catch (SyncException e) {
            store.outcome(e.getMessage());
            throw e;
        }
    }

    private int[] push(SyncClient client, SyncRecords.Account a) {
        int[] counts = new int[4];
        boolean readOnly = !"coordinator".equals(a.role()) && !"manager".equals(a.role());
        while (true) {
            List<SyncRecords.OutgoingChange> batch = store.outbox(PUSH_ROWS);
            if (batch.isEmpty()) {
                return counts;
            }
            if (readOnly) {
                // Still pull: a read-only desktop sees the team's work; its own edits stay here, said plainly.
                pull(client);
                throw new SyncException(SyncException.Kind.REFUSED, "The role " + a.role() + " may not push changes: "
                        + batch.size() + " local changes stay on this desktop; the team's changes were pulled");
            }
            List<Wire.Op> ops = batch.stream().map(SyncService::op).toList();
            Wire.PushResult result = client.push(ops);
            List<SyncRecords.Answer> answers = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Wire.OpResult r = result.results().get(i);
                SyncRecords.OutgoingChange c = batch.get(i);
                switch (r.outcome()) {
                    case "applied" -> counts[1]++;
                    case "merged" -> counts[2]++;
                    default -> counts[3]++;
                }
                answers.add(new SyncRecords.Answer(c.entry().entity(), c.entry().entityId(), c.entry().providerId(),
                        c.entry().changes().stream().map(FieldChange::field).toList(), "applied".equals(r.outcome()),
                        r.current(), r.currentBy()));
            }
            counts[0] += batch.size();
            store.acknowledged(batch.get(batch.size() - 1).logSeq(), answers);
        }
    }

    static Wire.Op op(SyncRecords.OutgoingChange c) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (FieldChange f : c.entry().changes()) {
            changes.put(f.field(), Arrays.asList(f.oldValue(), f.newValue()));
        }
        return new Wire.Op(c.opId(), c.entry().entity(), c.entry().entityId(), c.entry().providerId(),
                c.entry().action().name(), changes, c.groupValues(), c.bases(), c.entry().at().toString());
    }

    private int pull(SyncClient client) {
        int pulled = 0;
        while (true) {
            SyncRecords.Account a = account();
            Wire.PullResult page = client.pull(a.cursor(), PULL_LIMIT);
            List<SyncRecords.PulledChange> changes = page.changes().stream()
                    .map(ch -> new SyncRecords.PulledChange(ch.seq(), ch.entity(), ch.entityId(), ch.providerId(),
                            ch.action(), ch.values(), ch.user(), ch.device())).toList();
            List<SyncRecords.StoredConflict> conflicts = page.conflicts().stream()
                    .map(c -> new SyncRecords.StoredConflict(c.id(), c.entity(), c.entityId(), c.providerId(),
                            c.status(), write(c))).toList();
            store.applyPulled(changes, conflicts, page.cursor());
            pulled += changes.size();
            if (!page.more()) {
                return pulled;
            }
        }
    }

    public Status status() {
        long[] waiting = store.waiting();
        return store.account().map(a -> new Status(true, a.serverUrl(), a.team(), a.user(), a.role(), a.cursor(),
                        waiting[0], waiting[1], store.conflicts(true).size(), a.lastSyncAt(), a.lastError()))
                .orElse(new Status(false, null, null, null, null, 0, waiting[0], waiting[1], 0, null, null));
    }

    /** The team's open conflicts as last pulled. */
    public List<Wire.Conflict> conflicts() {
        account();
        return store.conflicts(true).stream().map(c -> read(c.body())).toList();
    }

    /** A manager picks a candidate; the choice syncs back at once. */
    public Wire.Conflict resolve(String conflictId, String candidateId, String reason) {
        Wire.Conflict c = client().resolve(conflictId, candidateId, reason);
        now();
        return c;
    }

    public Wire.CodeResult addUser(String name, String role) {
        return client().addUser(name, role);
    }

    public void revokeUser(String name) {
        client().revokeUser(name);
    }

    public List<Wire.DeviceInfo> devices() {
        return client().devices();
    }

    /** Test connection: the server answers and this desktop's token is accepted. */
    public Wire.Hello check() {
        SyncClient c = client();
        Wire.Hello hello = c.hello();
        c.pull(account().cursor(), 1);
        return hello;
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Wire.Conflict read(String json) {
        try {
            return JSON.readValue(json, Wire.Conflict.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored conflict", e);
        }
    }
}
