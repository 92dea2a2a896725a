package org.creddesk.server;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.sync.Wire;
import org.jdbi.v3.core.Jdbi;

/**
 * Everything of a team after a desktop's cursor, oldest first: the change log's rows (what each accepted change
 * did, by whom, from which device) and the conflicts opened, joined or resolved in that range. The rows of a team
 * commit in sequence order (the counter row's lock), so a cursor never skips a row committed later.
 */
final class PullReader {
    static final int MAX_LIMIT = 5000;
    private static final TypeReference<LinkedHashMap<String, List<String>>> CHANGES = new TypeReference<>() {
    };
    private final Jdbi jdbi;

    PullReader(ServerDatabase db) {
        this.jdbi = db.jdbi();
    }

    Wire.PullResult pull(Principal who, long after, int limit) {
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        return jdbi.inTransaction(h -> {
            List<Wire.Change> rows = h.createQuery("SELECT seq, entity, entity_id, provider_id, action, changes::text, "
                            + "outcome, user_name, device_name, coalesce(client_at, at::text), reason FROM change "
                            + "WHERE team_id = ? AND seq > ? ORDER BY seq LIMIT ?")
                    .bind(0, who.teamId()).bind(1, after).bind(2, n + 1)
                    .map((rs, ctx) -> new Wire.Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), newValues(rs.getString(6)), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11)))
                    .list();
            boolean more = rows.size() > n;
            List<Wire.Change> page = more ? rows.subList(0, n) : rows;
            long cursor = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            List<Wire.Conflict> conflicts = page.isEmpty() ? List.of()
                    : ConflictRows.changed(h, who.teamId(), after, cursor);
            return new Wire.PullResult(List.copyOf(page), conflicts, cursor, more);
        });
    }

    /** The team's open conflicts. */
    List<Wire.Conflict> openConflicts(Principal who) {
        return jdbi.withHandle(h -> ConflictRows.openOf(h, who.teamId()));
    }

    private static Map<String, String> newValues(String json) {
        Map<String, String> result = new LinkedHashMap<>();
        StateRows.read(json, CHANGES).forEach((f, pair) -> result.put(f, pair.get(1)));
        return result;
    }
}
