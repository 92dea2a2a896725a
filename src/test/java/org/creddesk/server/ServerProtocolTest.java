package org.creddesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.sync.Protocol;
import org.creddesk.sync.SyncClient;
import org.creddesk.sync.SyncException;
import org.creddesk.sync.Wire;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's protocol on a real PostgreSQL: merge, conflicts, resolution, dedupe, cursor, versions. */
class ServerProtocolTest {
    static ServerFixture fx;
    static int teams;

    @BeforeAll
    static void start() {
        fx = new ServerFixture();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    /** A fresh team per test: a manager and a coordinator, each with a device. */
    record Team(String name, SyncClient manager, SyncClient coordinator, Wire.EnrolResult managerDevice) {
    }

    static Team team() {
        String name = "team" + (++teams);
        Wire.EnrolResult m = fx.enrol(name, name + "-mia", Role.MANAGER);
        Wire.EnrolResult c = fx.enrol(name, name + "-carl", Role.COORDINATOR);
        return new Team(name, new SyncClient(fx.url(), m.token()), new SyncClient(fx.url(), c.token()), m);
    }

    static long opIds = 1000;

    static Wire.Op op(String action, String entityId, Map<String, String> newValues, long base) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        newValues.forEach((f, v) -> changes.put(f, Arrays.asList(null, v)));
        Map<String, Long> bases = new LinkedHashMap<>();
        newValues.keySet().forEach(f -> bases.put(org.creddesk.domain.FieldGroups.groupOf("provider", f), base));
        return new Wire.Op(++opIds, "provider", entityId, entityId, action, changes, newValues, bases,
                "2026-12-02T10:00:00Z");
    }

    @Test
    void editsOfDifferentGroupsBothApplyAndEveryChangeGetsTheNextNumber() {
        Team t = team();
        Wire.PushResult created = t.manager().push(List.of(op("CREATE", "p1", Map.of("lastName", "Quill", "phone", "555-0100"), 0)));
        long base = created.results().get(0).seq();
        Wire.PushResult a = t.manager().push(List.of(op("UPDATE", "p1", Map.of("lastName", "Quill-Ames"), base)));
        Wire.PushResult b = t.coordinator().push(List.of(op("UPDATE", "p1", Map.of("phone", "555-0199"), base)));

        assertThat(a.results().get(0).outcome()).isEqualTo("applied");
        assertThat(b.results().get(0).outcome()).isEqualTo("merged");
        Wire.PullResult pulled = t.coordinator().pull(0, 100);
        assertThat(pulled.changes()).extracting(Wire.Change::seq).containsExactly(1L, 2L, 3L);
        assertThat(pulled.changes().get(2).user()).isEqualTo(t.name() + "-carl");
        assertThat(b.results().get(0).current()).containsEntry("phone", "555-0199");
        assertThat(pulled.conflicts()).isEmpty();
    }

    @Test
    void twoUnawareEditsOfOneGroupBecomeAConflictAManagerResolvesWithAReason() {
        Team t = team();
        long base = t.manager().push(List.of(op("CREATE", "p2", Map.of("lastName", "Quill"), 0))).results().get(0).seq();
        t.manager().push(List.of(op("UPDATE", "p2", Map.of("lastName", "Quinn"), base)));
        Wire.OpResult second = t.coordinator().push(List.of(op("UPDATE", "p2", Map.of("lastName", "Quell"), base)))
                .results().get(0);

        assertThat(second.outcome()).isEqualTo("conflict");
        assertThat(second.current()).containsEntry("lastName", "Quinn");
        List<Wire.Conflict> open = t.coordinator().conflicts();
        assertThat(open).hasSize(1);
        Wire.Conflict c = open.get(0);
        assertThat(c.fields()).contains("lastName");
        assertThat(c.candidates()).extracting(k -> k.value().get("lastName")).containsExactly("Quinn", "Quell");
        assertThat(c.candidates()).extracting(Wire.Candidate::user).containsExactly(t.name() + "-mia", t.name() + "-carl");

        assertThatThrownBy(() -> t.coordinator().resolve(c.id(), c.candidates().get(1).id(), "typo"))
                .isInstanceOf(SyncException.class).hasMessageContaining("manager")
                .extracting(e -> ((SyncException) e).kind()).isEqualTo(SyncException.Kind.REFUSED);
        Wire.Conflict resolved = t.manager().resolve(c.id(), c.candidates().get(1).id(), "Board record says Quell");

        assertThat(resolved.status()).isEqualTo("resolved");
        assertThat(t.coordinator().conflicts()).isEmpty();
        Wire.PullResult pulled = t.coordinator().pull(0, 100);
        Wire.Change last = pulled.changes().get(pulled.changes().size() - 1);
        assertThat(last.outcome()).isEqualTo("resolution");
        assertThat(last.values()).containsEntry("lastName", "Quell");
        assertThat(last.reason()).isEqualTo("Board record says Quell");
        assertThat(pulled.conflicts()).extracting(Wire.Conflict::status).contains("resolved");
    }

    @Test
    void aRetriedPushIsAnsweredAgainAndAppliedOnce() {
        Team t = team();
        Wire.Op create = op("CREATE", "p3", Map.of("lastName", "Quill"), 0);
        Wire.OpResult first = t.manager().push(List.of(create)).results().get(0);
        Wire.OpResult again = t.manager().push(List.of(create)).results().get(0);

        assertThat(again.seq()).isEqualTo(first.seq());
        assertThat(again.outcome()).isEqualTo(first.outcome());
        assertThat(t.manager().pull(0, 100).changes()).hasSize(1);
    }

    @Test
    void anEditOfADeletedRecordIsAConflict() {
        Team t = team();
        long base = t.manager().push(List.of(op("CREATE", "p4", Map.of("lastName", "Quill"), 0))).results().get(0).seq();
        t.manager().push(List.of(op("DELETE", "p4", Map.of(), base)));
        Wire.OpResult edit = t.coordinator().push(List.of(op("UPDATE", "p4", Map.of("phone", "555"), base)))
                .results().get(0);

        assertThat(edit.outcome()).isEqualTo("conflict");
        Wire.Conflict c = t.manager().conflicts().get(0);
        assertThat(c.candidates()).extracting(Wire.Candidate::deleted).containsExactly(true, false);
    }

    @Test
    void aRevokedDeviceIsRefusedAtOnce() {
        Team t = team();
        t.coordinator().pull(0, 10);
        String deviceId = t.manager().devices().stream().filter(d -> d.user().endsWith("-carl")).findFirst()
                .orElseThrow().id();
        t.manager().revokeDevice(deviceId);

        assertThatThrownBy(() -> t.coordinator().pull(0, 10)).isInstanceOf(SyncException.class)
                .extracting(e -> ((SyncException) e).kind()).isEqualTo(SyncException.Kind.UNAUTHORIZED);
    }

    @Test
    void aRotatedTokenReplacesTheOldOne() {
        Team t = team();
        Wire.EnrolResult who = fx.enrol(t.name(), t.name() + "-rita", Role.COORDINATOR);
        SyncClient old = new SyncClient(fx.url(), who.token());
        String fresh = old.rotateToken();

        assertThatThrownBy(() -> old.pull(0, 1)).isInstanceOf(SyncException.class);
        assertThat(new SyncClient(fx.url(), fresh).pull(0, 1).changes()).isEmpty();
    }

    @Test
    void anotherTeamsConflictIsNotFound() {
        Team a = team();
        Team b = team();
        long base = a.manager().push(List.of(op("CREATE", "p5", Map.of("lastName", "A"), 0))).results().get(0).seq();
        a.manager().push(List.of(op("UPDATE", "p5", Map.of("lastName", "B"), base)));
        a.coordinator().push(List.of(op("UPDATE", "p5", Map.of("lastName", "C"), base)));
        Wire.Conflict c = a.manager().conflicts().get(0);

        assertThatThrownBy(() -> b.manager().resolve(c.id(), c.candidates().get(0).id(), "not mine"))
                .isInstanceOf(SyncException.class)
                .extracting(e -> ((SyncException) e).kind()).isEqualTo(SyncException.Kind.NOT_FOUND);
        assertThat(b.manager().pull(0, 100).changes()).isEmpty();
    }

    @Test
    void anOldDesktopIsToldWhichCredDeskItNeeds() {
        Team t = team();
        SyncClient old = new SyncClient(fx.url(), "whatever", null, 0);

        assertThatThrownBy(() -> old.pull(0, 1)).isInstanceOf(SyncException.class)
                .hasMessage(Protocol.needsNewer(Protocol.MIN_CLIENT_VERSION))
                .extracting(e -> ((SyncException) e).kind()).isEqualTo(SyncException.Kind.OUTDATED);
        assertThat(t.manager().hello().protocolMax()).isEqualTo(Protocol.VERSION);
    }

    @Test
    void healthAndMetricsAnswer() throws Exception {
        team().manager().pull(0, 1);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(fx.url() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(fx.url() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\":\"ok\"");
        assertThat(metrics.body()).contains("creddesk_conflicts_open", "creddesk_pulls_total",
                "creddesk_request_seconds_bucket{route=\"/v1/pull\",le=\"0.1\"}");
    }

    @Test
    void aDatabaseOfANewerCredDeskIsRefusedWithASentence() {
        String url = TestPostgres.newDatabase();
        TestPostgres.open(url).close();
        try (ServerDatabase db = TestPostgres.open(url)) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, "
                    + "type, script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 0, 'postgres', 0, true)"));
        }

        assertThatThrownBy(() -> TestPostgres.open(url)).isInstanceOf(ServerException.class)
                .hasMessageContaining("schema version 99, newer than this CredDesk knows (1)");
    }

    @Test
    void aNonLoopbackAddressWithoutTlsIsRefused() {
        assertThatThrownBy(() -> SyncServer.checkBind(new SyncServer.Options("0.0.0.0", 8443, null, null)))
                .hasMessageContaining("without TLS");
        SyncServer.checkBind(new SyncServer.Options("127.0.0.1", 8443, null, null));
    }
}
