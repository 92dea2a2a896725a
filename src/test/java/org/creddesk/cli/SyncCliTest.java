package org.creddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.creddesk.server.ServerFixture;
import org.creddesk.server.TestPostgres;
import org.creddesk.sync.Desk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's team-server walk-through, command by command, against a real PostgreSQL. */
class SyncCliTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.with(Clock.systemUTC(), args);
    }

    private String db(String who) {
        return dir.resolve(who).resolve("creddesk.db").toString();
    }

    @Test
    void aTeamSetsUpSyncsResolvesAConflictAndRevokesAUser() throws Exception {
        String jdbc = TestPostgres.newDatabase();
        Path pw = Files.writeString(dir.resolve("pw"), "postgres\n");
        String[] store = {"--database", jdbc, "--db-user", "postgres", "--db-password-file", pw.toString()};

        CliRun init = run(concat(new String[] {"server", "init", "--team", "Clinic", "--admin", "mia", "--json"}, store));
        assertThat(init.exitCode()).as(init.err()).isZero();
        String miaCode = init.json().get("code").asText();
        CliRun rita = run(concat(new String[] {"server", "user", "add", "rita", "--team", "Clinic", "--role", "read-only",
            "--json"}, store));
        assertThat(rita.exitCode()).as(rita.err()).isZero();

        try (ServerFixture fx = new ServerFixture(jdbc)) {
            assertThat(run("--db", db("mia"), "sync", "join", fx.url(), miaCode).exitCode()).isZero();
            CliRun carlCode = run("--db", db("mia"), "team", "user", "add", "carl", "--role", "coordinator", "--json");
            assertThat(carlCode.exitCode()).as(carlCode.err()).isZero();
            assertThat(run("--db", db("carl"), "sync", "join", fx.url(), carlCode.json().get("code").asText()).exitCode()).isZero();
            assertThat(run("--db", db("rita"), "sync", "join", fx.url(), rita.json().get("code").asText()).exitCode()).isZero();

            String id = "01900000-0000-7000-8000-0000000000c1";
            try (Desk mia = new Desk(dir, "mia", Clock.systemUTC())) {
                mia.newProvider(id, "1234567893", "Quill");
            }
            assertThat(run("--db", db("mia"), "sync", "now").exitCode()).isZero();
            assertThat(run("--db", db("carl"), "sync", "now").exitCode()).isZero();
            try (Desk mia = new Desk(dir, "mia", Clock.systemUTC()); Desk carl = new Desk(dir, "carl", Clock.systemUTC())) {
                mia.set(id, Map.of("lastName", "Quinn"));
                carl.set(id, Map.of("lastName", "Quell"));
            }
            assertThat(run("--db", db("mia"), "sync", "now", "--json").json().get("applied").asInt()).isEqualTo(1);
            assertThat(run("--db", db("carl"), "sync", "now", "--json").json().get("conflicts").asInt()).isEqualTo(1);

            CliRun listed = run("--db", db("carl"), "sync", "conflicts", "--json");
            JsonNode c = listed.json().get(0);
            assertThat(c.get("entity").asText()).isEqualTo("provider");
            assertThat(c.get("entityId").asText()).isEqualTo(id);
            assertThat(c.get("fields").toString()).contains("lastName");
            JsonNode quell = c.get("candidates").get(1);
            assertThat(quell.get("value").get("lastName").asText()).isEqualTo("Quell");
            assertThat(quell.get("user").asText()).isEqualTo("carl");
            assertThat(quell.has("device")).isTrue();
            assertThat(quell.has("at")).isTrue();

            CliRun refused = run("--db", db("carl"), "sync", "resolve", c.get("id").asText(), "--take",
                    quell.get("id").asText(), "--reason", "mine");
            assertThat(refused.exitCode()).isEqualTo(CliException.REFUSED);
            assertThat(refused.err()).contains("manager");
            assertThat(run("--db", db("mia"), "sync", "now").exitCode()).isZero();
            CliRun resolved = run("--db", db("mia"), "sync", "resolve", c.get("id").asText(), "--take",
                    quell.get("id").asText(), "--reason", "Board lists Quell");
            assertThat(resolved.exitCode()).as(resolved.err()).isZero();
            assertThat(run("--db", db("carl"), "sync", "now").exitCode()).isZero();

            CliRun history = run("--db", db("carl"), "providers", "history", "1234567893", "--json");
            assertThat(history.out()).contains("sync:mia@", "Quell");
            assertThat(run("--db", db("mia"), "providers", "show", "1234567893", "--json").out()).contains("\"Quell\"");
            assertThat(run("--db", db("carl"), "sync", "conflicts", "--json").json()).isEmpty();
            JsonNode status = run("--db", db("carl"), "sync", "status", "--json").json();
            assertThat(status.get("team").asText()).isEqualTo("Clinic");
            assertThat(status.get("waiting").asLong()).isZero();

            assertThat(run("--db", db("rita"), "sync", "now").exitCode()).isZero();
            try (Desk r = new Desk(dir, "rita", Clock.systemUTC())) {
                assertThat(r.field(id, "lastName")).isEqualTo("Quell");
                r.set(id, Map.of("phone", "555-0000"));
            }
            CliRun readOnly = run("--db", db("rita"), "sync", "now");
            assertThat(readOnly.exitCode()).isEqualTo(CliException.REFUSED);
            assertThat(readOnly.err()).contains("read-only may not push");

            assertThat(run("--db", db("carl"), "team", "devices").exitCode()).isEqualTo(CliException.REFUSED);
            assertThat(run("--db", db("mia"), "team", "devices", "--json").json()).hasSize(3);
            assertThat(run("--db", db("mia"), "team", "user", "revoke", "carl").exitCode()).isZero();
            CliRun revoked = run("--db", db("carl"), "sync", "now");
            assertThat(revoked.exitCode()).isEqualTo(CliException.REFUSED);
            assertThat(revoked.err()).contains("revoked");

            assertThat(run("--db", db("carl"), "sync", "leave").exitCode()).isZero();
            assertThat(run("--db", db("carl"), "sync", "status", "--json").json().get("joined").asBoolean()).isFalse();
        }
    }

    @Test
    void anUnreachableServerChangesNothingAndExits2() {
        CliRun r = run("--db", db("x"), "sync", "join", "http://127.0.0.1:9", "ABCDE-FGHJK");
        assertThat(r.exitCode()).isEqualTo(CliException.UNREADABLE);
        assertThat(r.err()).contains("cannot be reached", "nothing changed");
        assertThat(run("--db", db("x"), "sync", "status", "--json").json().get("joined").asBoolean()).isFalse();
    }

    @Test
    void serveRefusesANonLoopbackAddressWithoutTls() {
        CliRun r = run("serve", "--host", "0.0.0.0", "--data", dir.resolve("srv").toString());
        assertThat(r.exitCode()).isEqualTo(CliException.REFUSED);
        assertThat(r.err()).contains("without TLS");
        assertThat(dir.resolve("srv")).doesNotExist();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
