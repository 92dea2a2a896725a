package org.creddesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderSummary;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The provider list's SQL: paging, sorting and full-text search over the FTS5 index. */
final class ProviderQueries {
    private static final String SUMMARY_COLUMNS = """
            p.id, p.npi, p.last_name, p.first_name, p.degree,
            (SELECT t.code FROM provider_taxonomy t WHERE t.provider_id = p.id AND t.deleted_at IS NULL
               ORDER BY t."primary" DESC, t.rowid LIMIT 1),
            (SELECT l.state FROM practice_location l WHERE l.provider_id = p.id AND l.deleted_at IS NULL
               ORDER BY l."primary" DESC, l.rowid LIMIT 1),
            p.caqh_id, p.status,
            (SELECT MIN(e) FROM (
               SELECT expires e FROM license WHERE provider_id = p.id AND deleted_at IS NULL
               UNION ALL SELECT expires FROM dea_registration WHERE provider_id = p.id AND deleted_at IS NULL
               UNION ALL SELECT expires FROM board_certification WHERE provider_id = p.id AND deleted_at IS NULL
               UNION ALL SELECT expires FROM malpractice_policy WHERE provider_id = p.id AND deleted_at IS NULL))
            """;

    private ProviderQueries() {
    }

    /** Turns what a person typed into an FTS5 query: every word must match as a prefix. Null for no filter. */
    static String ftsQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.strip().split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add("\"" + word + "\"*");
            }
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }

    static int count(Handle h, String text, boolean includeRetired) {
        String fts = ftsQuery(text);
        String sql = fts == null
                ? "SELECT count(*) FROM provider p WHERE p.deleted_at IS NULL" + statusFilter(includeRetired)
                : "SELECT count(*) FROM provider_search s CROSS JOIN provider p ON p.rowid = s.rowid "
                  + "WHERE provider_search MATCH :q AND p.deleted_at IS NULL" + statusFilter(includeRetired);
        Query q = h.createQuery(sql);
        if (fts != null) {
            q.bind("q", fts);
        }
        if (!includeRetired) {
            q.bind("active", ProviderStatus.ACTIVE.name());
        }
        return q.mapTo(Integer.class).one();
    }

    static List<ProviderSummary> page(Handle h, String text, boolean includeRetired, ProviderSort sort, int offset,
                                      int limit) {
        String fts = ftsQuery(text);
        String from = fts == null ? "FROM provider p WHERE p.deleted_at IS NULL"
                : "FROM provider_search s CROSS JOIN provider p ON p.rowid = s.rowid "
                  + "WHERE provider_search MATCH :q AND p.deleted_at IS NULL";
        // Two steps: the page's rows are chosen on the sort keys alone (an index walk), and only those rows get
        // the summary's subqueries. Sorting with the subqueries computed them for every row sorted or skipped.
        String pageRows = "SELECT p.rowid AS r " + from + statusFilter(includeRetired)
                + " ORDER BY " + sort.orderBy + " LIMIT :limit OFFSET :offset";
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM (" + pageRows + ") pg CROSS JOIN provider p ON p.rowid = pg.r"
                + " ORDER BY " + sort.orderBy;
        Query q = h.createQuery(sql).bind("limit", limit).bind("offset", offset);
        if (fts != null) {
            q.bind("q", fts);
        }
        if (!includeRetired) {
            q.bind("active", ProviderStatus.ACTIVE.name());
        }
        return q.map((rs, ctx) -> new ProviderSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                ProviderStatus.valueOf(rs.getString(9)),
                rs.getString(10) == null ? null : LocalDate.parse(rs.getString(10)))).list();
    }

    private static String statusFilter(boolean includeRetired) {
        return includeRetired ? "" : " AND p.status = :active";
    }
}
