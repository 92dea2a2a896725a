package org.creddesk.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.creddesk.domain.network.DayCounts;
import org.creddesk.domain.network.NetworkKpis;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.jdbi.v3.core.Handle;

/**
 * Read-only: the Network screen's figures, each one grouped in SQL so only small result sets reach Java (durations
 * arrive as "days, how many" pairs; {@link DayCounts} reads median and p90 from them). One read transaction, so the
 * figures agree with each other. ADR 0030 says where each figure's dates come from.
 */
public final class NetworkKpiQueries {
    private static final String ACTIVE = "SELECT COUNT(*) FROM provider WHERE status = 'ACTIVE' AND deleted_at IS NULL";

    /**
     * Application received: the status day of the initial credentialing checklist's application item (its first FORM
     * item) at the first change-log row that made it received or verified (a row whose status day did not change
     * carries none: the newest earlier row's counts), else the day the checklist started. Decision: approve or deny.
     */
    private static final String CREDENTIALING = """
            WITH decided AS (
                SELECT d.decided_on, c.started_on,
                       (SELECT i.id FROM checklist_item i WHERE i.checklist_id = c.id AND i.kind = 'FORM'
                            AND i.deleted_at IS NULL ORDER BY i.position LIMIT 1) AS item_id
                FROM credentialing_decision d JOIN checklist c ON c.id = d.checklist_id
                WHERE d.decided_on >= :from AND d.decided_on < :to AND d.deleted_at IS NULL
                  AND d.outcome IN ('APPROVE', 'DENY') AND c.kind = 'INITIAL_CREDENTIALING'
            ), received AS (
                SELECT decided_on, started_on, item_id,
                       (SELECT MIN(l.seq) FROM change_log l WHERE l.entity_id = item_id
                            AND json_extract(l.changes, '$.status[1]') IN ('RECEIVED', 'VERIFIED')) AS seq
                FROM decided
            ), dated AS (
                SELECT decided_on, COALESCE(
                    (SELECT json_extract(l.changes, '$.statusOn[1]') FROM change_log l
                     WHERE l.entity_id = item_id AND l.seq <= received.seq
                       AND json_extract(l.changes, '$.statusOn[1]') IS NOT NULL ORDER BY l.seq DESC LIMIT 1),
                    started_on) AS received_on
                FROM received
            )
            SELECT substr(decided_on, 1, 7) AS month,
                   CAST(julianday(decided_on) - julianday(received_on) AS INTEGER) AS days, COUNT(*) AS n
            FROM dated WHERE received_on <= decided_on GROUP BY month, days""";

    /** Submitted to approved: an approved enrollment's status day is its approval day (approved is final). */
    private static final String ENROLLMENT_TIMES = """
            SELECT e.payer_id, CAST(julianday(e.status_on) - julianday(e.submitted_on) AS INTEGER) AS days,
                   COUNT(*) AS n
            FROM enrollment e
            WHERE e.status = 'APPROVED' AND e.deleted_at IS NULL AND e.submitted_on IS NOT NULL
              AND e.status_on >= :from AND e.status_on < :to AND e.submitted_on <= e.status_on
            GROUP BY e.payer_id, days""";

    private static final String PAYERS = "SELECT id, name, typical_processing_days FROM payer WHERE deleted_at IS NULL"
            + " ORDER BY name COLLATE NOCASE";

    private static final String BY_STATUS = "SELECT status, COUNT(*) FROM enrollment WHERE deleted_at IS NULL"
            + " GROUP BY status";

    /** Counted from the tally (a row per due day, kind and coordinator), not the deadline rows. */
    private static final String EXPIRABLES = "SELECT substr(due, 1, 7), kind, SUM(open) FROM deadline_tally"
            + " WHERE due >= :from AND due < :to AND open > 0 AND kind IN (<kinds>) GROUP BY 1, 2";

    private static final String SCREENED = """
            SELECT COUNT(*) FROM provider p
            WHERE p.status = 'ACTIVE' AND p.deleted_at IS NULL AND EXISTS (
                SELECT 1 FROM screening_run_subject s JOIN screening_run r ON r.id = s.run_id
                WHERE s.provider_id = p.id AND r.screened_on >= :from AND r.screened_on < :to)""";

    /** Fully enrolled: at least one approved enrollment with the payer and none still open with it. */
    private static final String FULLY_ENROLLED = """
            SELECT payer_id, COUNT(*) FROM (
                SELECT e.payer_id FROM enrollment e JOIN provider p ON p.id = e.provider_id
                WHERE e.deleted_at IS NULL AND p.status = 'ACTIVE' AND p.deleted_at IS NULL
                GROUP BY e.payer_id, e.provider_id
                HAVING SUM(e.status = 'APPROVED') > 0
                   AND SUM(e.status NOT IN ('APPROVED', 'DENIED', 'WITHDRAWN')) = 0)
            GROUP BY payer_id""";

    private final Database db;
    private final StageCounts stages;

    public NetworkKpiQueries(Database db) {
        this(db, NetworkKpiQueries::stageCounts);
    }

    /** Every provider not inactive, by current stage (V19 provider_stage), in the pipeline's order. */
    static List<NetworkKpis.StageCount> stageCounts(Handle h) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        h.createQuery("SELECT s.stage, count(*) FROM provider_stage s JOIN provider p ON p.id = s.provider_id"
                        + " WHERE p.deleted_at IS NULL AND s.stage <> 'INACTIVE' GROUP BY s.stage")
                .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        if (counts.isEmpty()) {
            return List.of();
        }
        List<NetworkKpis.StageCount> ordered = new java.util.ArrayList<>();
        for (org.creddesk.domain.workflow.LifecycleStage stage : org.creddesk.domain.workflow.LifecycleStage.values()) {
            if (stage != org.creddesk.domain.workflow.LifecycleStage.INACTIVE) {
                ordered.add(new NetworkKpis.StageCount(stage.name(), counts.getOrDefault(stage.name(), 0L)));
            }
        }
        return ordered;
    }

    NetworkKpiQueries(Database db, StageCounts stages) {
        this.db = db;
        this.stages = stages;
    }

    /** Lifecycle stage counts, where the store keeps stages. */
    interface StageCounts {
        StageCounts NONE = h -> List.of();

        List<NetworkKpis.StageCount> read(Handle h);
    }

    public NetworkKpis load(YearMonth month, LocalDate today) {
        YearMonth first = month.minusMonths(11);
        String yearFrom = first.atDay(1).toString();
        String monthEnd = month.plusMonths(1).atDay(1).toString();
        return db.read(h -> h.inTransaction(t -> {
            long active = t.createQuery(ACTIVE).mapTo(Long.class).one();
            Map<String, String[]> payers = payers(t);
            return new NetworkKpis(month, today, active, credentialing(t, first, yearFrom, monthEnd),
                    enrollmentTimes(t, payers, yearFrom, monthEnd), byStatus(t), stages.read(t),
                    expirables(t, month), screening(t, month, active), payerCoverage(t, payers, active));
        }));
    }

    private static Map<String, String[]> payers(Handle h) {
        Map<String, String[]> result = new LinkedHashMap<>();
        h.createQuery(PAYERS).map((rs, c) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(p -> result.put(p[0], p));
        return result;
    }

    private static List<NetworkKpis.MonthDurations> credentialing(Handle h, YearMonth first, String from, String to) {
        Map<YearMonth, List<DayCounts.Bucket>> byMonth = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            byMonth.put(first.plusMonths(i), new ArrayList<>());
        }
        h.createQuery(CREDENTIALING).bind("from", from).bind("to", to)
                .map((rs, c) -> new Object[] {YearMonth.parse(rs.getString(1)), rs.getInt(2), rs.getLong(3)})
                .forEach(r -> byMonth.get((YearMonth) r[0]).add(new DayCounts.Bucket((Integer) r[1], (Long) r[2])));
        return byMonth.entrySet().stream()
                .map(e -> new NetworkKpis.MonthDurations(e.getKey(), new DayCounts(e.getValue()))).toList();
    }

    private static List<NetworkKpis.PayerEnrollmentTime> enrollmentTimes(Handle h, Map<String, String[]> payers,
                                                                         String from, String to) {
        Map<String, List<DayCounts.Bucket>> byPayer = new LinkedHashMap<>();
        payers.keySet().forEach(id -> byPayer.put(id, new ArrayList<>()));
        h.createQuery(ENROLLMENT_TIMES).bind("from", from).bind("to", to)
                .map((rs, c) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)})
                .forEach(r -> byPayer.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                        .add(new DayCounts.Bucket((Integer) r[1], (Long) r[2])));
        List<NetworkKpis.PayerEnrollmentTime> result = new ArrayList<>();
        byPayer.forEach((id, buckets) -> {
            String[] p = payers.get(id);
            if (p != null) {
                result.add(new NetworkKpis.PayerEnrollmentTime(p[1], Integer.parseInt(p[2]), new DayCounts(buckets)));
            }
        });
        return result;
    }

    private static Map<EnrollmentStatus, Long> byStatus(Handle h) {
        Map<EnrollmentStatus, Long> result = new EnumMap<>(EnrollmentStatus.class);
        for (EnrollmentStatus s : EnrollmentStatus.values()) {
            result.put(s, 0L);
        }
        h.createQuery(BY_STATUS).map((rs, c) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .forEach(r -> result.put(EnrollmentStatus.valueOf((String) r[0]), (Long) r[1]));
        return result;
    }

    private static List<NetworkKpis.ExpirablesMonth> expirables(Handle h, YearMonth month) {
        Map<YearMonth, Map<DeadlineKind, Long>> byMonth = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            byMonth.put(month.plusMonths(i), new EnumMap<>(DeadlineKind.class));
        }
        h.createQuery(EXPIRABLES).bind("from", month.atDay(1).toString())
                .bind("to", month.plusMonths(12).atDay(1).toString())
                .bindList("kinds", NetworkKpis.EXPIRABLE_KINDS.stream().map(Enum::name).toList())
                .map((rs, c) -> new Object[] {YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)})
                .forEach(r -> byMonth.get((YearMonth) r[0]).put(DeadlineKind.valueOf((String) r[1]), (Long) r[2]));
        return byMonth.entrySet().stream().map(e -> new NetworkKpis.ExpirablesMonth(e.getKey(), e.getValue())).toList();
    }

    private static NetworkKpis.ScreeningCoverage screening(Handle h, YearMonth month, long active) {
        long screened = h.createQuery(SCREENED).bind("from", month.atDay(1).toString())
                .bind("to", month.plusMonths(1).atDay(1).toString()).mapTo(Long.class).one();
        return new NetworkKpis.ScreeningCoverage(month, active, screened);
    }

    private static List<NetworkKpis.PayerCoverage> payerCoverage(Handle h, Map<String, String[]> payers, long active) {
        Map<String, Long> counts = new LinkedHashMap<>();
        h.createQuery(FULLY_ENROLLED).map((rs, c) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return payers.values().stream()
                .map(p -> new NetworkKpis.PayerCoverage(p[1], active, counts.getOrDefault(p[0], 0L))).toList();
    }
}
