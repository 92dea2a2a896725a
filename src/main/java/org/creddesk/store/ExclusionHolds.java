package org.creddesk.store;

import java.util.HashMap;
import java.util.Map;
import org.creddesk.domain.monitoring.ExclusionHold;
import org.jdbi.v3.core.Handle;

/**
 * Every provider an undecided or confirmed screening hit holds, in one grouped query over the few hits in that
 * state (the status index), so a list of 100,000 providers can flag them without a query per row.
 */
final class ExclusionHolds {
    private ExclusionHolds() {
    }

    static Map<String, ExclusionHold> all(Handle h) {
        Map<String, ExclusionHold> result = new HashMap<>();
        h.createQuery("SELECT provider_id, SUM(status IN ('OPEN', 'CANNOT_DETERMINE')), SUM(status = 'CONFIRMED') "
                        + "FROM screening_hit WHERE status IN ('OPEN', 'CANNOT_DETERMINE', 'CONFIRMED') "
                        + "GROUP BY provider_id")
                .map((rs, c) -> new ExclusionHold(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .forEach(hold -> result.put(hold.providerId(), hold));
        return result;
    }
}
