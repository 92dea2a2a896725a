package org.creddesk.store;

/**
 * Orders of the provider list, every column of it, in SQL: 100,000 rows never sort in the table view. Name and NPI
 * are each one index (V11) read forwards or backwards, so a page anywhere is a walk along the index; the other
 * columns sort on their expression (the next expiry, the primary taxonomy and state, the open checklist's share
 * done, exclusion holds before plain status), empty values last in both directions, then by name. The id breaks ties.
 */
public enum ProviderSort {
    NAME("p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id"),
    NAME_DESC("p.last_name COLLATE NOCASE DESC, p.first_name COLLATE NOCASE DESC, p.id DESC"),
    NPI("p.npi, p.id"),
    NPI_DESC("p.npi DESC, p.id DESC"),
    DEGREE(Keys.DEGREE, false),
    DEGREE_DESC(Keys.DEGREE, true),
    TAXONOMY(Keys.TAXONOMY, false),
    TAXONOMY_DESC(Keys.TAXONOMY, true),
    STATE(Keys.STATE, false),
    STATE_DESC(Keys.STATE, true),
    NEXT_EXPIRY(Keys.NEXT_EXPIRY, false),
    NEXT_EXPIRY_DESC(Keys.NEXT_EXPIRY, true),
    STATUS(Keys.STATUS, false),
    STATUS_DESC(Keys.STATUS, true),
    CHECKLIST(Keys.CHECKLIST, false),
    CHECKLIST_DESC(Keys.CHECKLIST, true);

    final String orderBy;

    ProviderSort(String orderBy) {
        this.orderBy = orderBy;
    }

    ProviderSort(String key, boolean descending) {
        this("(" + key + ") IS NULL, (" + key + ")" + (descending ? " DESC" : "")
                + ", p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id");
    }

    /** The sort key of each column, on the provider row {@code p}. */
    private static final class Keys {
        static final String DEGREE = "NULLIF(p.degree, '') COLLATE NOCASE";
        static final String TAXONOMY = "SELECT t.code FROM provider_taxonomy t WHERE t.provider_id = p.id"
                + " AND t.deleted_at IS NULL ORDER BY t.\"primary\" DESC, t.rowid LIMIT 1";
        static final String STATE = "SELECT l.state FROM practice_location l WHERE l.provider_id = p.id"
                + " AND l.deleted_at IS NULL ORDER BY l.\"primary\" DESC, l.rowid LIMIT 1";
        static final String NEXT_EXPIRY = "SELECT MIN(e) FROM ("
                + "SELECT expires e FROM license WHERE provider_id = p.id AND deleted_at IS NULL"
                + " UNION ALL SELECT expires FROM dea_registration WHERE provider_id = p.id AND deleted_at IS NULL"
                + " UNION ALL SELECT expires FROM board_certification WHERE provider_id = p.id AND deleted_at IS NULL"
                + " UNION ALL SELECT expires FROM malpractice_policy WHERE provider_id = p.id AND deleted_at IS NULL)";
        /** Excluded first, then an open hit, then the status itself (Active before Retired). */
        static final String STATUS = "CASE WHEN EXISTS (SELECT 1 FROM screening_hit h WHERE h.provider_id = p.id"
                + " AND h.status = 'CONFIRMED') THEN 0 WHEN EXISTS (SELECT 1 FROM screening_hit h"
                + " WHERE h.provider_id = p.id AND h.status IN ('OPEN', 'CANNOT_DETERMINE')) THEN 1"
                + " WHEN p.status = 'ACTIVE' THEN 2 ELSE 3 END";
        /** The newest open checklist's share of required items done; no open checklist sorts last. */
        static final String CHECKLIST = "SELECT CAST(SUM(i.required = 1 AND i.status IN ('VERIFIED', 'WAIVED')) AS REAL)"
                + " / MAX(1, SUM(i.required = 1)) FROM checklist c JOIN checklist_item i ON i.checklist_id = c.id"
                + " AND i.deleted_at IS NULL WHERE c.id = (SELECT c2.id FROM checklist c2 WHERE c2.provider_id = p.id"
                + " AND c2.deleted_at IS NULL AND c2.closed_on IS NULL ORDER BY c2.started_on DESC, c2.id DESC LIMIT 1)";

        private Keys() {
        }
    }
}
