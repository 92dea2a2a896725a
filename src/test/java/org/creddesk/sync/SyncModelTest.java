package org.creddesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.creddesk.app.AppContext;
import org.creddesk.server.Role;
import org.creddesk.server.ServerFixture;
import org.creddesk.store.SyncStore;

/**
 * Randomized model test: 3 to 8 desktops on real SQLite files, one server on a real PostgreSQL, random offline
 * edits of overlapping provider fields, random sync orders, random lost answers. After everyone syncs: every
 * desktop equals the server, no edit is lost (each is in the team's log or a conflict's candidates), replaying
 * the team's log gives its state, and every conflict is between different devices that disagree.
 */
class SyncModelTest {
    static ServerFixture fx;
    static Path root;
    static Path template;
    static int tries;
    static final String[] FIELDS = {"lastName", "firstName", "phone", "email"};
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeContainer
    static void start() throws IOException {
        fx = new ServerFixture();
        root = Files.createTempDirectory("sync-model");
        template = root.resolve("template.db");
        AppContext.open(template, Clock.systemUTC()).close();
    }

    @AfterContainer
    static void stop() {
        fx.close();
    }

    /** A desktop whose next push or pull may lose its answer after the server did the work. */
    static final class FlakyDesk {
        final Desk desk;
        final SyncService sync;
        boolean dropNext;

        FlakyDesk(Desk desk) {
            this.desk = desk;
            this.sync = new SyncService(new SyncStore(desk.ctx.database(), desk.ctx.providerRepository()),
                    desk.name + "-pc", (url, token) -> new SyncClient(url, token) {
                        @Override
                        public Wire.PushResult push(List<Wire.Op> ops) {
                            Wire.PushResult r = super.push(ops);
                            if (dropNext) {
                                dropNext = false;
                                throw new SyncException(SyncException.Kind.UNREACHABLE, "answer lost");
                            }
                            return r;
                        }

                        @Override
                        public Wire.PullResult pull(long after, int limit) {
                            Wire.PullResult r = super.pull(after, limit);
                            if (dropNext) {
                                dropNext = false;
                                throw new SyncException(SyncException.Kind.UNREACHABLE, "answer lost");
                            }
                            return r;
                        }
                    });
        }

        boolean syncNow() {
            try {
                SyncService.Report r = sync.now();
                return r.pushed() > 0 || r.pulled() > 0;
            } catch (SyncException e) {
                assertThat(e.kind()).isEqualTo(SyncException.Kind.UNREACHABLE);
                return true;
            }
        }
    }

    @Provide
    Arbitrary<List<int[]>> actions() {
        return Arbitraries.integers().between(0, 999).array(int[].class).ofSize(4).list().ofMinSize(4).ofMaxSize(24);
    }

    @Property
    void everyDesktopConvergesOnTheServerAndNoEditIsLost(@ForAll @IntRange(min = 3, max = 8) int desks,
                                                         @ForAll("actions") List<int[]> actions) throws Exception {
        String team = "model" + (++tries);
        Path dir = Files.createDirectories(root.resolve(team));
        List<FlakyDesk> all = new ArrayList<>();
        fx.admin.addTeam(team);
        for (int i = 0; i < desks; i++) {
            Path db = Files.createDirectories(dir.resolve("d" + i)).resolve("creddesk.db");
            Files.copy(template, db);
            FlakyDesk d = new FlakyDesk(new Desk(dir, "d" + i, Clock.systemUTC()));
            d.sync.join(fx.url(), fx.admin.addUser(team, team + "-u" + i, Role.COORDINATOR));
            all.add(d);
        }
        try {
            String[] ids = {"01900000-0000-7000-8000-" + String.format("%012d", tries * 10 + 1),
                "01900000-0000-7000-8000-" + String.format("%012d", tries * 10 + 2)};
            all.get(0).desk.newProvider(ids[0], "1000000001", "Start");
            all.get(0).desk.newProvider(ids[1], "1000000002", "Start");
            for (FlakyDesk d : all) {
                d.syncNow();
            }
            List<String[]> edits = new ArrayList<>();
            for (int[] a : actions) {
                FlakyDesk d = all.get(a[1] % desks);
                int kind = a[0] % 10;
                if (kind < 5) {
                    String id = ids[a[2] % 2];
                    String field = FIELDS[a[3] % FIELDS.length];
                    String value = field + "-" + (a[3] / FIELDS.length % 3);
                    if (!Objects.equals(d.desk.field(id, field), value)) {
                        d.desk.set(id, Map.of(field, value));
                        edits.add(new String[] {id, field, value});
                    }
                } else {
                    d.dropNext = kind >= 8;
                    d.syncNow();
                    d.dropNext = false;
                }
            }
            boolean moving = true;
            for (int round = 0; round < 6 && moving; round++) {
                moving = false;
                for (FlakyDesk d : all) {
                    moving |= d.syncNow();
                }
            }
            assertThat(moving).as("sync settles").isFalse();

            Map<String, Map<String, String>> server = serverState(team);
            for (FlakyDesk d : all) {
                for (String id : ids) {
                    for (String f : FIELDS) {
                        assertThat(d.desk.field(id, f)).as(d.desk.name + " " + f).isEqualTo(server.get(id).get(f));
                    }
                }
            }
            assertThat(replay(team)).isEqualTo(server);
            List<Wire.Conflict> conflicts = all.get(0).sync.conflicts();
            for (String[] e : edits) {
                boolean logged = logged(team, e[0], e[1], e[2]);
                boolean candidate = conflicts.stream().anyMatch(c -> c.entityId().equals(e[0]) && c.candidates().stream()
                        .anyMatch(k -> k.value() != null && e[2].equals(k.value().get(e[1]))));
                assertThat(logged || candidate).as("edit " + String.join(" ", e) + " kept").isTrue();
            }
            for (Wire.Conflict c : conflicts) {
                assertThat(c.candidates().stream().map(Wire.Candidate::user).distinct().count())
                        .as("a conflict is between different people's devices").isGreaterThan(1);
                assertThat(c.candidates().stream().map(Wire.Candidate::value).distinct().count())
                        .as("and their values disagree").isGreaterThan(1);
            }
        } finally {
            for (FlakyDesk d : all) {
                d.desk.close();
            }
        }
    }

    private static Map<String, Map<String, String>> serverState(String team) {
        String teamId = fx.admin.teamId(team).orElseThrow();
        Map<String, Map<String, String>> result = new HashMap<>();
        fx.db.jdbi().useHandle(h -> h.createQuery("SELECT entity_id, fields::text FROM entity_state WHERE team_id = ?")
                .bind(0, teamId).map((rs, ctx) -> Map.entry(rs.getString(1), read(rs.getString(2))))
                .forEach(e -> result.put(e.getKey(), e.getValue())));
        return result;
    }

    /** The team's state rebuilt from nothing but its change log, in sequence order. */
    private static Map<String, Map<String, String>> replay(String team) {
        String teamId = fx.admin.teamId(team).orElseThrow();
        Map<String, Map<String, String>> result = new HashMap<>();
        fx.db.jdbi().useHandle(h -> h.createQuery("SELECT entity_id, changes::text FROM change WHERE team_id = ? ORDER BY seq")
                .bind(0, teamId).map((rs, ctx) -> Map.entry(rs.getString(1), pairs(rs.getString(2))))
                .forEach(e -> {
                    Map<String, String> fields = result.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>());
                    e.getValue().forEach((f, pair) -> fields.put(f, pair.get(1)));
                }));
        return result;
    }

    private static boolean logged(String team, String id, String field, String value) {
        String teamId = fx.admin.teamId(team).orElseThrow();
        return fx.db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM change WHERE team_id = ? AND entity_id = ? "
                        + "AND changes -> ? ->> 1 = ?").bind(0, teamId).bind(1, id).bind(2, field).bind(3, value)
                .mapTo(Integer.class).one()) > 0;
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> pairs(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, List<String>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
