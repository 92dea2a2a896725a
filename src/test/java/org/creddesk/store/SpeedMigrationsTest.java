package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.License;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.Deadline;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.DeadlineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V9 (deadline ids that start with their provider's id) and V10 (the search index without prefix indexes) on a store
 * written by the version before them: what a person did on a deadline survives, and search still finds by prefix.
 */
class SpeedMigrationsTest {
    static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    final Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final ChangeContext manual = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;

    ProviderFile provider(int i) {
        String id = Ids.newId(Clock.systemUTC());
        Provider p = new Provider(id, "Ada", null, "Quillfeather" + i, null, "MD", null, null, null, null, null, null,
                "123" + i, TODAY.minusDays(30), null, null, null, null, null, null, ProviderStatus.ACTIVE);
        return ProviderFile.of(p).withLicenses(List.of(
                new License(Ids.newId(Clock.systemUTC()), id, "MA", "MD", "LIC" + i, null, TODAY.plusDays(20 + i),
                        "Active")));
    }

    DeadlineRepository deadlines(Database db, ProviderRepository providers) {
        DeadlineRepository d = new DeadlineRepository(db, new DeadlinePolicy(DeadlineSettings.defaults(), clock));
        d.attachTo(providers);
        return d;
    }

    @Test
    void olderDeadlineIdsAreRewrittenSoDoneAndSnoozeSurviveTheNextRefresh() {
        Path file = dir.resolve("v8.db");
        Database old = Database.open(file, clock, 8, 1000);
        ProviderRepository oldProviders = new ProviderRepository(old);
        deadlines(old, oldProviders);
        for (int i = 0; i < 5; i++) {
            oldProviders.save(provider(i), manual);
        }
        // What version 8 stored: the name-based UUID of the key alone.
        old.write(h -> {
            for (Map<String, Object> r : h.createQuery("SELECT id, provider_id, kind, subject, due, warn_from, source_id "
                    + "FROM deadline").mapToMap().list()) {
                Deadline d = new Deadline((String) r.get("provider_id"), DeadlineKind.valueOf((String) r.get("kind")),
                        (String) r.get("subject"), LocalDate.parse((String) r.get("due")),
                        LocalDate.parse((String) r.get("warn_from")), (String) r.get("source_id"), List.of());
                h.execute("UPDATE deadline SET id = ? WHERE id = ?",
                        UUID.nameUUIDFromBytes(d.key().getBytes(StandardCharsets.UTF_8)).toString(), r.get("id"));
            }
            h.execute("UPDATE deadline SET status = 'DONE', done_on = ? WHERE kind = 'LICENSE' AND subject LIKE '%LIC1'",
                    TODAY.toString());
            h.execute("UPDATE deadline SET snoozed_until = ?, snooze_reason = 'board called back' "
                    + "WHERE kind = 'LICENSE' AND subject LIKE '%LIC2'", TODAY.plusDays(5).toString());
            return null;
        });
        int rows = old.read(h -> h.createQuery("SELECT count(*) FROM deadline").mapTo(Integer.class).one());
        old.close();

        Database db = Database.open(file, clock);
        DeadlineRepository deadlines = deadlines(db, new ProviderRepository(db));
        List<String[]> stored = db.read(h -> h.createQuery("SELECT id, provider_id FROM deadline")
                .map((rs, c) -> new String[] {rs.getString(1), rs.getString(2)}).list());
        assertThat(stored).hasSize(rows).allSatisfy(r -> assertThat(r[0]).startsWith(r[1].substring(0, 18)));

        deadlines.recomputeAll(null);
        assertThat(deadlines.count()).isEqualTo(rows);
        String status = db.read(h -> h.createQuery("SELECT status FROM deadline WHERE subject LIKE '%LIC1'")
                .mapTo(String.class).one());
        assertThat(status).isEqualTo("DONE");
        String reason = db.read(h -> h.createQuery("SELECT snooze_reason FROM deadline WHERE subject LIKE '%LIC2'")
                .mapTo(String.class).one());
        assertThat(reason).isEqualTo("board called back");
        db.close();
    }

    @Test
    void newDeadlinesStartWithTheirProvidersIdAndSearchFindsByPrefixAfterTheMigration() {
        Path file = dir.resolve("v9.db");
        Database old = Database.open(file, clock, 9, 1000);
        ProviderRepository oldProviders = new ProviderRepository(old);
        ProviderFile before = provider(7);
        oldProviders.save(before, manual);
        old.close();

        Database db = Database.open(file, clock);
        ProviderRepository providers = new ProviderRepository(db);
        deadlines(db, providers);
        ProviderFile after = provider(8);
        providers.save(after, manual);
        List<String> ids = db.read(h -> h.createQuery("SELECT id FROM deadline WHERE provider_id = ?")
                .bind(0, after.id()).mapTo(String.class).list());
        assertThat(ids).isNotEmpty()
                .allSatisfy(id -> assertThat(id).startsWith(after.id().substring(0, 18)));

        assertThat(providers.list("quill", false, ProviderSort.NAME, 0, 10)).extracting(s -> s.id())
                .containsExactlyInAnyOrder(before.id(), after.id());
        assertThat(providers.list("q", false, ProviderSort.NAME, 0, 10)).hasSize(2);
        assertThat(providers.list("LIC7", false, ProviderSort.NAME, 0, 10)).extracting(s -> s.id())
                .containsExactly(before.id());
        assertThat(providers.list("1237", false, ProviderSort.NAME, 0, 10)).extracting(s -> s.id())
                .containsExactly(before.id());
        db.close();
    }
}
