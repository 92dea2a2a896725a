package org.creddesk.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.workflow.ScreeningStanding;
import org.jdbi.v3.core.Handle;

/**
 * Where providers stand in exclusion screening, for the deadline rules and the decision check: the last
 * screening day, the day each was added, their open and confirmed hits (whichever run last found them: a hit
 * holds until a person disposes of it, never because a later list lacks its row), and the download day of the
 * earliest exclusion list newer than the last screening (an alert).
 */
final class ScreeningStandings {
    private static final int CHUNK = 500;
    private static final String SELECT = "SELECT p.id, substr(p.created_at, 1, 10), s.last_screened_on, "
            + "(SELECT COUNT(*) FROM screening_hit h WHERE h.provider_id = p.id "
            + "AND h.status IN ('OPEN', 'CANNOT_DETERMINE')), "
            + "(SELECT COUNT(*) FROM screening_hit h WHERE h.provider_id = p.id AND h.status = 'CONFIRMED'), "
            + "(SELECT MIN(v.downloaded_on) FROM exclusion_list_version v WHERE v.deleted_at IS NULL "
            + "AND v.downloaded_on > s.last_screened_on) "
            + "FROM provider p LEFT JOIN provider_screening s ON s.provider_id = p.id WHERE p.id IN (<ids>)";

    private ScreeningStandings() {
    }

    static ScreeningStanding of(Handle h, String providerId) {
        return load(h, List.of(providerId)).getOrDefault(providerId, ScreeningStanding.UNKNOWN);
    }

    static Map<String, ScreeningStanding> load(Handle h, Collection<String> providerIds) {
        List<String> ids = List.copyOf(providerIds);
        Map<String, ScreeningStanding> result = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            h.createQuery(SELECT).bindList("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .map((rs, c) -> Map.entry(rs.getString(1), new ScreeningStanding(date(rs.getString(3)),
                            date(rs.getString(2)), rs.getInt(4), rs.getInt(5), date(rs.getString(6)))))
                    .forEach(e -> result.put(e.getKey(), e.getValue()));
        }
        return result;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
