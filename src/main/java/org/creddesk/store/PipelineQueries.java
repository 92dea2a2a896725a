package org.creddesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.PipelineCard;
import org.creddesk.domain.workflow.PipelineColumn;
import org.creddesk.domain.workflow.PipelineFilter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The pipeline board's SQL: exact counts per stage in one grouped query, then the first {@code cap} cards of each
 * stage (longest in it first) through the (stage, since) index, so 100,000 providers cost a few small reads.
 */
public final class PipelineQueries {
    private final Database db;

    public PipelineQueries(Database db) {
        this.db = db;
    }

    public List<PipelineColumn> columns(PipelineFilter filter, int cap) {
        return db.read(h -> {
            Map<LifecycleStage, Integer> totals = new EnumMap<>(LifecycleStage.class);
            Query counts = bind(h.createQuery("SELECT s.stage, COUNT(*) FROM provider_stage s JOIN provider p "
                    + "ON p.id = s.provider_id WHERE p.deleted_at IS NULL" + where(filter) + " GROUP BY s.stage"),
                    filter, 0);
            counts.map((rs, c) -> Map.entry(LifecycleStage.valueOf(rs.getString(1)), rs.getInt(2)))
                    .forEach(e -> totals.put(e.getKey(), e.getValue()));
            List<PipelineColumn> result = new ArrayList<>();
            for (LifecycleStage stage : LifecycleStage.values()) {
                int total = totals.getOrDefault(stage, 0);
                result.add(new PipelineColumn(stage, total, total == 0 || cap <= 0 ? List.of() : cards(h, stage,
                        filter, cap)));
            }
            return result;
        });
    }

    private static List<PipelineCard> cards(Handle h, LifecycleStage stage, PipelineFilter filter, int cap) {
        String sql = "SELECT p.id, p.npi, p.last_name, p.first_name, "
                + "(SELECT t.code FROM provider_taxonomy t WHERE t.provider_id = p.id AND t.deleted_at IS NULL "
                + "ORDER BY t.\"primary\" DESC, t.rowid LIMIT 1), "
                + "(SELECT l.state FROM practice_location l WHERE l.provider_id = p.id AND l.deleted_at IS NULL "
                + "ORDER BY l.\"primary\" DESC, l.rowid LIMIT 1), p.coordinator, s.since "
                + "FROM provider_stage s JOIN provider p ON p.id = s.provider_id "
                + "WHERE s.stage = ? AND p.deleted_at IS NULL" + where(filter)
                // (stage, since, rowid) is the index's own order: LIMIT stops after cap rows. Ties on since (a bulk
                // import places thousands on one day) in the order they were added, not by name (that sorted them all).
                + " ORDER BY s.since, s.rowid LIMIT ?";
        Query q = h.createQuery(sql).bind(0, stage.name());
        int next = bindFilter(q, filter, 1);
        q.bind(next, cap);
        return q.map((rs, c) -> new PipelineCard(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), stage, LocalDate.parse(rs.getString(8)))).list();
    }

    private static String where(PipelineFilter f) {
        StringBuilder sb = new StringBuilder();
        if (f.coordinator() != null) {
            sb.append(" AND p.coordinator = ? COLLATE NOCASE");
        }
        if (f.payerId() != null) {
            sb.append(" AND EXISTS (SELECT 1 FROM enrollment e WHERE e.provider_id = p.id AND e.deleted_at IS NULL "
                    + "AND e.payer_id = ?)");
        }
        if (f.specialty() != null) {
            sb.append(" AND EXISTS (SELECT 1 FROM provider_taxonomy t WHERE t.provider_id = p.id "
                    + "AND t.deleted_at IS NULL AND t.code LIKE ? ESCAPE '\\')");
        }
        if (f.state() != null) {
            sb.append(" AND EXISTS (SELECT 1 FROM practice_location l WHERE l.provider_id = p.id "
                    + "AND l.deleted_at IS NULL AND l.state = ? COLLATE NOCASE)");
        }
        return sb.toString();
    }

    private static Query bind(Query q, PipelineFilter f, int from) {
        bindFilter(q, f, from);
        return q;
    }

    /** Binds the filter's values from position {@code from}; returns the next free position. */
    private static int bindFilter(Query q, PipelineFilter f, int from) {
        int i = from;
        if (f.coordinator() != null) {
            q.bind(i++, f.coordinator());
        }
        if (f.payerId() != null) {
            q.bind(i++, f.payerId());
        }
        if (f.specialty() != null) {
            q.bind(i++, f.specialty().toUpperCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.state() != null) {
            q.bind(i++, f.state());
        }
        return i;
    }
}
