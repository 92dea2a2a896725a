package org.creddesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.creddesk.domain.workflow.DeadlineSummary;
import org.jdbi.v3.core.Handle;

/**
 * The dashboard's counts: open deadlines per (due day, kind, coordinator) from {@code deadline_tally}, minus the
 * few deadlines snoozed past the asked day. Reads a few thousand tally rows instead of every deadline row due within
 * 90 days. The tally is kept exact in the writing transaction: V8's triggers count deletes and updates, and the
 * code that inserts counts its inserts, grouped per batch (a row trigger cost 2.5 s of a 500k-deadline bulk insert):
 * {@link #addInserted} for {@link DeadlineRepository}, one grouped upsert in {@link ScreeningDeadlines} for a run.
 */
final class DeadlineTally {
    private static final String BUCKETS = "SUM(CASE WHEN due < :day THEN %1$s ELSE 0 END), "
            + "SUM(CASE WHEN due >= :day AND due <= :d7 THEN %1$s ELSE 0 END), "
            + "SUM(CASE WHEN due >= :day AND due <= :d30 THEN %1$s ELSE 0 END), "
            + "SUM(CASE WHEN due >= :day AND due <= :d60 THEN %1$s ELSE 0 END), "
            + "SUM(CASE WHEN due >= :day AND due <= :d90 THEN %1$s ELSE 0 END)";
    private static final String OPEN = "SELECT kind, coordinator, " + BUCKETS.formatted("open")
            + " FROM deadline_tally WHERE due <= :d90 GROUP BY kind, coordinator";
    private static final String HIDDEN = "SELECT kind, COALESCE(coordinator, ''), " + BUCKETS.formatted("1")
            // Without INDEXED BY the planner walks the (status, due) range and reads every row to test the snooze.
            + " FROM deadline INDEXED BY deadline_snoozed WHERE snoozed_until IS NOT NULL AND snoozed_until > :day"
            + " AND status = 'OPEN' AND due <= :d90"
            + " GROUP BY kind, COALESCE(coordinator, '')";

    private static final String UPSERT = "INSERT INTO deadline_tally (due, kind, coordinator, open) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (due, kind, coordinator) DO UPDATE SET open = open + excluded.open";

    private DeadlineTally() {
    }

    /**
     * Records that a stored deadline warns {@code days} before it is due, if no stored one warned as early: the
     * bound that lets "whose warning window opened" queries range over the due index. Every deadline write of
     * {@link DeadlineRepository} and {@link ScreeningDeadlines} calls it; it only ever grows (a bound too wide
     * costs a little scanning, never rows).
     */
    static void widenWarning(Handle h, long days) {
        if (days > 0) {
            h.execute("UPDATE deadline_bounds SET longest_warning_days = ? WHERE id = 1 AND longest_warning_days < ?",
                    days, days);
        }
    }

    static long longestWarning(Handle h) {
        return h.createQuery("SELECT longest_warning_days FROM deadline_bounds WHERE id = 1").mapTo(Long.class)
                .findFirst().orElse(0L);
    }

    /** What the tally counts a deadline under; the coordinator is "" for none. */
    private record TallyKey(String due, String kind, String coordinator) {
    }

    /** Adds just-inserted open deadlines to the tally; each row is (due, kind, coordinator or null). */
    static void addInserted(Handle h, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<TallyKey, int[]> groups = new java.util.HashMap<>();
        for (String[] r : rows) {
            groups.computeIfAbsent(new TallyKey(r[0], r[1], r[2] == null ? "" : r[2]), k -> new int[1])[0]++;
        }
        try (java.sql.PreparedStatement st = h.getConnection().prepareStatement(UPSERT)) {
            for (Map.Entry<TallyKey, int[]> g : groups.entrySet()) {
                st.setString(1, g.getKey().due());
                st.setString(2, g.getKey().kind());
                st.setString(3, g.getKey().coordinator());
                st.setInt(4, g.getValue()[0]);
                st.addBatch();
            }
            st.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new StoreException("Cannot count deadlines: " + e.getMessage(), e);
        }
    }

    static DeadlineRepository.DashboardCounts counts(Handle h, LocalDate asOf) {
        Map<String, int[]> groups = new TreeMap<>();
        add(h, OPEN, asOf, groups, 1);
        add(h, HIDDEN, asOf, groups, -1);
        int[] all = new int[5];
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byCoordinator = new TreeMap<>();
        groups.forEach((key, counts) -> {
            if (counts[0] == 0 && counts[4] == 0) {
                return; // every open deadline of the group is done, renewed away or snoozed
            }
            int cut = key.indexOf('\n');
            sum(all, counts);
            sum(byKind.computeIfAbsent(key.substring(0, cut), k -> new int[5]), counts);
            sum(byCoordinator.computeIfAbsent(key.substring(cut + 1), k -> new int[5]), counts);
        });
        return new DeadlineRepository.DashboardCounts(summaryOf("all", all), summaries(byKind),
                summaries(byCoordinator));
    }

    private static void add(Handle h, String sql, LocalDate asOf, Map<String, int[]> groups, int sign) {
        h.createQuery(sql).bind("day", asOf.toString()).bind("d7", asOf.plusDays(7).toString())
                .bind("d30", asOf.plusDays(30).toString()).bind("d60", asOf.plusDays(60).toString())
                .bind("d90", asOf.plusDays(90).toString())
                .map((rs, c) -> {
                    int[] counts = groups.computeIfAbsent(rs.getString(1) + "\n" + rs.getString(2), k -> new int[5]);
                    for (int i = 0; i < 5; i++) {
                        counts[i] += sign * rs.getInt(3 + i);
                    }
                    return counts;
                }).list();
    }

    private static void sum(int[] total, int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            total[i] += counts[i];
        }
    }

    private static List<DeadlineSummary> summaries(Map<String, int[]> groups) {
        return groups.entrySet().stream().map(e -> summaryOf(e.getKey(), e.getValue())).toList();
    }

    private static DeadlineSummary summaryOf(String group, int[] c) {
        return new DeadlineSummary(group, c[0], c[1], c[2], c[3], c[4]);
    }
}
