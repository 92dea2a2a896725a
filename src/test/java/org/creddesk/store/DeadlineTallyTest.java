package org.creddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.License;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.DeadlineSettings;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard counts read from the tally, and the deadlines whose warning opened (bounded by the longest warning),
 * must equal what a scan of the deadline rows gives, after every kind of write and after the migration.
 */
class DeadlineTallyTest {
    static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    final Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final ChangeContext manual = ChangeContext.manual("alice", "test");
    @TempDir
    Path dir;

    ProviderFile provider(int i, String coordinator, LocalDate licenseExpires, LocalDate caqhAttested) {
        String id = "p" + i;
        Provider p = new Provider(id, "Ada", null, "Quill" + i, null, "MD", null, null, null, null, null, null,
                "123" + i, caqhAttested, null, null, null, null, coordinator, null, ProviderStatus.ACTIVE);
        return ProviderFile.of(p).withLicenses(List.of(
                new License("lic-" + id, id, "MA", "MD", "00" + i, null, licenseExpires, "Active")));
    }

    DeadlineRepository repository(Database db, ProviderRepository providers) {
        DeadlineRepository deadlines = new DeadlineRepository(db, new DeadlinePolicy(DeadlineSettings.defaults(), clock));
        deadlines.attachTo(providers);
        return deadlines;
    }

    @Test
    void countsFollowInsertsRenewalsCoordinatorChangesSnoozeDoneReopenAndRetirement() {
        Database db = Database.open(dir.resolve("t.db"), clock);
        ProviderRepository providers = new ProviderRepository(db);
        DeadlineRepository deadlines = repository(db, providers);
        for (int i = 0; i < 40; i++) {
            providers.save(provider(i, i % 3 == 0 ? null : "c" + i % 3, TODAY.plusDays(i * 5L - 60),
                    TODAY.minusDays(i * 4L)), manual);
        }
        assertSameAsRows(db, deadlines);

        providers.save(provider(1, "c1", TODAY.plusYears(2), TODAY), manual); // renewal: a new due date
        providers.save(provider(2, "mkim", TODAY.plusDays(3), TODAY.minusDays(8)), manual); // new coordinator
        List<TrackedDeadline> open = deadlines.find(DeadlineQuery.within(TODAY, 90));
        deadlines.snooze(open.get(0).id(), TODAY.plusDays(10), "renewal mailed", manual);
        deadlines.snooze(open.get(1).id(), TODAY.plusDays(3), "called the board", manual);
        deadlines.markDone(open.get(2).id(), TODAY, manual);
        deadlines.markDone(open.get(3).id(), TODAY, manual);
        deadlines.reopen(open.get(3).id(), manual);
        providers.save(provider(4, "c1", TODAY, TODAY).withProvider(provider(4, "c1", TODAY, TODAY).provider()
                .withStatus(ProviderStatus.RETIRED)), manual);
        assertSameAsRows(db, deadlines);

        deadlines.recomputeAll(null);
        assertSameAsRows(db, deadlines);
    }

    @Test
    void theMigrationTalliesDeadlinesDerivedBeforeIt() {
        Path file = dir.resolve("old.db");
        Database old = Database.open(file, clock, 5, 1000);
        old.write(h -> {
            for (int i = 0; i < 60; i++) {
                h.execute("INSERT INTO deadline (id, provider_id, npi, provider_name, coordinator, kind, subject, due, "
                        + "warn_from, alert_stages, status, snoozed_until) VALUES (?, ?, NULL, 'Quill, Ada', ?, ?, 's', ?, ?, "
                        + "'90,60,30,14,7,0', ?, ?)", "d" + i, "p" + i % 7, i % 3 == 0 ? null : "c" + i % 3,
                        i % 2 == 0 ? "LICENSE" : "CAQH", TODAY.plusDays(i * 3L - 40).toString(),
                        TODAY.plusDays(i * 3L - 130).toString(), i % 5 == 0 ? "DONE" : "OPEN",
                        i % 11 == 0 ? TODAY.plusDays(6).toString() : null);
            }
            return null;
        });
        Database db = Database.open(file, clock);
        assertSameAsRows(db, repository(db, new ProviderRepository(db)));
    }

    /** The dashboard query before the tally existed: a scan of the deadline rows. */
    private static void assertSameAsRows(Database db, DeadlineRepository deadlines) {
        for (LocalDate day : List.of(TODAY, TODAY.plusDays(4), TODAY.plusDays(11), TODAY.minusDays(40))) {
            String sql = "SELECT d.kind, COALESCE(d.coordinator, ''), SUM(d.due < :day), "
                    + "SUM(d.due >= :day AND d.due <= :d7), SUM(d.due >= :day AND d.due <= :d30), "
                    + "SUM(d.due >= :day AND d.due <= :d60), SUM(d.due >= :day AND d.due <= :d90) FROM deadline d"
                    + " WHERE d.status = 'OPEN' AND (d.snoozed_until IS NULL OR d.snoozed_until <= :day)"
                    + " AND d.due <= :d90 GROUP BY d.kind, COALESCE(d.coordinator, '')";
            List<String> rows = db.read(h -> h.createQuery(sql).bind("day", day.toString())
                    .bind("d7", day.plusDays(7).toString()).bind("d30", day.plusDays(30).toString())
                    .bind("d60", day.plusDays(60).toString()).bind("d90", day.plusDays(90).toString())
                    .map((rs, c) -> rs.getString(1) + "/" + rs.getString(2) + ":" + rs.getInt(3) + "," + rs.getInt(4)
                            + "," + rs.getInt(5) + "," + rs.getInt(6) + "," + rs.getInt(7)).list());
            int[] all = new int[5];
            java.util.Map<String, int[]> byKind = new java.util.TreeMap<>();
            java.util.Map<String, int[]> byCoordinator = new java.util.TreeMap<>();
            for (String r : rows) {
                String[] kc = r.substring(0, r.indexOf(':')).split("/", -1);
                String[] n = r.substring(r.indexOf(':') + 1).split(",");
                for (int i = 0; i < 5; i++) {
                    int v = Integer.parseInt(n[i]);
                    all[i] += v;
                    byKind.computeIfAbsent(kc[0], k -> new int[5])[i] += v;
                    byCoordinator.computeIfAbsent(kc[1], k -> new int[5])[i] += v;
                }
            }
            DeadlineRepository.DashboardCounts counts = deadlines.dashboardCounts(day);
            assertThat(text(counts.all())).as("all on " + day).isEqualTo(text("all", all));
            assertThat(counts.byKind().stream().map(DeadlineTallyTest::text).toList()).as("by kind on " + day)
                    .isEqualTo(byKind.entrySet().stream().map(e -> text(e.getKey(), e.getValue())).toList());
            assertThat(counts.byCoordinator().stream().map(DeadlineTallyTest::text).toList()).as("by coordinator on " + day)
                    .isEqualTo(byCoordinator.entrySet().stream().map(e -> text(e.getKey(), e.getValue())).toList());
            assertThat(counts.all().overdue() + counts.all().within90()).isPositive();

            List<String> alerting = db.read(h -> h.createQuery("SELECT id FROM deadline WHERE status = 'OPEN' AND "
                    + "(snoozed_until IS NULL OR snoozed_until <= ?) AND warn_from <= ? ORDER BY id")
                    .bind(0, day.toString()).bind(1, day.toString()).mapTo(String.class).list());
            assertThat(deadlines.find(DeadlineQuery.alertingOn(day)).stream().map(TrackedDeadline::id).sorted().toList())
                    .as("alerting on " + day).isEqualTo(alerting).isNotEmpty();
        }
    }

    private static String text(org.creddesk.domain.workflow.DeadlineSummary s) {
        return s.group() + ":" + s.overdue() + "," + s.within7() + "," + s.within30() + "," + s.within60() + ","
                + s.within90();
    }

    private static String text(String group, int[] c) {
        return group + ":" + c[0] + "," + c[1] + "," + c[2] + "," + c[3] + "," + c[4];
    }
}
