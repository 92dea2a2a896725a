package org.creddesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.AuditEntry;
import org.creddesk.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two desktops (two SQLite files) and one server on a real PostgreSQL, as a team would use them. */
class TwoDesktopsSyncTest {
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

    @TempDir
    Path dir;

    /** A manager's desktop and a coordinator's, both joined to a new team. */
    Desk[] team() {
        String team = "clinic" + (++teams);
        Desk mia = new Desk(dir, "mia" + teams, Clock.systemUTC());
        Desk carl = new Desk(dir, "carl" + teams, Clock.systemUTC());
        mia.sync().join(fx.url(), fx.admin.init(team, mia.name));
        String code = mia.sync().addUser(carl.name, "coordinator").code();
        carl.sync().join(fx.url(), code);
        return new Desk[] {mia, carl};
    }

    @Test
    void theSameProviderEditedOfflineOnBothBecomesAConflictTheManagerResolves() {
        Desk[] d = team();
        Desk mia = d[0];
        Desk carl = d[1];
        String id = mia.newProvider("01900000-0000-7000-8000-000000000001", "1234567893", "Quill");
        mia.sync().now();
        carl.sync().now();
        assertThat(carl.field(id, "lastName")).isEqualTo("Quill");

        mia.set(id, Map.of("lastName", "Quinn"));
        carl.set(id, Map.of("lastName", "Quell", "phone", "555-0199"));
        SyncService.Report miaPush = mia.sync().now();
        SyncService.Report carlPush = carl.sync().now();

        assertThat(miaPush.applied()).isEqualTo(1);
        assertThat(carlPush.conflicts()).isEqualTo(1);
        assertThat(carl.field(id, "lastName")).as("the team's value until someone chooses").isEqualTo("Quinn");
        assertThat(carl.field(id, "phone")).isEqualTo("555-0199");
        mia.sync().now();
        assertThat(mia.field(id, "phone")).as("the other group merged").isEqualTo("555-0199");
        List<Wire.Conflict> conflicts = mia.sync().conflicts();
        assertThat(conflicts).hasSize(1);
        Wire.Conflict c = conflicts.get(0);
        assertThat(c.entityId()).isEqualTo(id);
        assertThat(c.candidates()).extracting(k -> k.value().get("lastName")).containsExactly("Quinn", "Quell");
        assertThat(carl.sync().conflicts()).extracting(Wire.Conflict::id).containsExactly(c.id());

        String quell = c.candidates().get(1).id();
        assertThatThrownBy(() -> carl.sync().resolve(c.id(), quell, "mine")).isInstanceOf(SyncException.class)
                .extracting(e -> ((SyncException) e).kind()).isEqualTo(SyncException.Kind.REFUSED);
        mia.sync().resolve(c.id(), quell, "License board lists Quell");
        carl.sync().now();

        assertThat(mia.field(id, "lastName")).isEqualTo("Quell");
        assertThat(carl.field(id, "lastName")).isEqualTo("Quell");
        assertThat(mia.sync().conflicts()).isEmpty();
        assertThat(carl.sync().conflicts()).isEmpty();
        assertThat(sources(mia.history(id))).contains("manual")
                .anyMatch(s -> s.startsWith("sync:" + carl.name + "@"));
        assertThat(carl.history(id)).anySatisfy(e -> {
            assertThat(e.source()).isEqualTo("sync:" + mia.name + "@" + e.device());
            assertThat(e.changes()).anySatisfy(ch -> assertThat(ch.newValue()).isEqualTo("Quell"));
        });
        mia.close();
        carl.close();
    }

    private static List<String> sources(List<AuditEntry> history) {
        return history.stream().map(AuditEntry::source).toList();
    }

    @Test
    void aPulledValueNeverOverwritesALocalChangeWaitingToBePushed() {
        Desk[] d = team();
        Desk mia = d[0];
        Desk carl = d[1];
        String id = mia.newProvider("01900000-0000-7000-8000-000000000002", "1245319599", "Quill");
        mia.sync().now();
        carl.sync().now();
        mia.set(id, Map.of("email", "a@clinic.test"));
        mia.sync().now();
        carl.set(id, Map.of("email", "carl@clinic.test"));

        // Carl's pull arrives while his own change still waits: his value stays, the push then says conflict.
        carl.sync().now();

        assertThat(carl.sync().conflicts()).hasSize(1);
        assertThat(carl.sync().conflicts().get(0).candidates()).extracting(k -> k.value().get("email"))
                .containsExactly("a@clinic.test", "carl@clinic.test");
        mia.close();
        carl.close();
    }

    @Test
    void clocksDaysOffOrJumpingBackDecideNothing() {
        String team = "skewed" + (++teams);
        Clock ahead = Clock.offset(Clock.systemUTC(), java.time.Duration.ofHours(72));
        Clock behind = Clock.offset(Clock.systemUTC(), java.time.Duration.ofHours(-72));
        Desk mia = new Desk(dir, "mia-s" + teams, ahead);
        Desk carl = new Desk(dir, "carl-s" + teams, behind);
        mia.sync().join(fx.url(), fx.admin.init(team, mia.name));
        carl.sync().join(fx.url(), mia.sync().addUser(carl.name, "coordinator").code());
        String id = mia.newProvider("01900000-0000-7000-8000-000000000003", "1245319599", "Quill");
        mia.sync().now();
        carl.sync().now();

        // Carl's clock says three days earlier, but his change reaches the server first: it stands.
        carl.set(id, Map.of("email", "carl@clinic.test"));
        mia.set(id, Map.of("email", "mia@clinic.test"));
        carl.sync().now();
        mia.sync().now();
        carl.sync().now();

        assertThat(mia.field(id, "email")).isEqualTo("carl@clinic.test");
        assertThat(carl.field(id, "email")).isEqualTo("carl@clinic.test");
        assertThat(mia.sync().conflicts()).singleElement().satisfies(c -> assertThat(c.candidates())
                .extracting(k -> k.value().get("email")).containsExactly("carl@clinic.test", "mia@clinic.test"));
        mia.close();
        carl.close();
    }

    @Test
    void anEmptyOutboxAndAnUnjoinedDesktopSaySoPlainly() {
        Desk lone = new Desk(dir, "lone", Clock.systemUTC());
        assertThat(lone.sync().status().joined()).isFalse();
        assertThatThrownBy(() -> lone.sync().now()).isInstanceOf(SyncException.class)
                .hasMessageContaining("has not joined a team");
        lone.close();
    }
}
