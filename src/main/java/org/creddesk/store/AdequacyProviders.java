package org.creddesk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creddesk.domain.adequacy.ProviderSite;

/**
 * What network adequacy reads: every active provider at each of its practice locations with its taxonomy codes;
 * for one payer, only the providers with an approved enrollment (at the enrolled location when the enrollment
 * names one). Read only.
 */
public final class AdequacyProviders {
    private final Database db;

    public AdequacyProviders(Database db) {
        this.db = db;
    }

    /** The payer's id by its name (any case), or empty. */
    public Optional<String> payerId(String name) {
        return db.read(h -> h.createQuery("SELECT id FROM payer WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL "
                + "ORDER BY id LIMIT 1").bind(0, name.strip()).mapTo(String.class).findFirst());
    }

    public List<String> payerNames() {
        return db.read(h -> h.createQuery("SELECT DISTINCT name FROM payer WHERE deleted_at IS NULL "
                + "ORDER BY name COLLATE NOCASE").mapTo(String.class).list());
    }

    /** Active providers at their practice locations; {@code payerId} null for the whole network. */
    public List<ProviderSite> sites(String payerId) {
        return db.read(h -> {
            Map<String, Set<String>> codes = new HashMap<>();
            h.createQuery("SELECT t.provider_id, t.code FROM provider_taxonomy t JOIN provider p ON p.id = t.provider_id "
                    + "WHERE t.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status = 'ACTIVE'")
                    .map((rs, c) -> {
                        codes.computeIfAbsent(rs.getString(1), k -> new HashSet<>(2)).add(rs.getString(2).strip());
                        return null;
                    }).forEach(x -> { });
            String sql = "SELECT l.provider_id, l.zip FROM practice_location l JOIN provider p ON p.id = l.provider_id "
                    + "WHERE l.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status = 'ACTIVE'"
                    + (payerId == null ? "" : " AND EXISTS (SELECT 1 FROM enrollment e WHERE e.provider_id = p.id "
                    + "AND e.payer_id = :payer AND e.status = 'APPROVED' AND e.deleted_at IS NULL "
                    + "AND (e.location_id IS NULL OR e.location_id = l.id))");
            var query = h.createQuery(sql);
            if (payerId != null) {
                query.bind("payer", payerId);
            }
            List<ProviderSite> sites = new ArrayList<>();
            query.map((rs, c) -> {
                String id = rs.getString(1);
                String zip = rs.getString(2);
                sites.add(new ProviderSite(id, zip == null ? null : fiveDigits(zip), codes.getOrDefault(id, Set.of())));
                return null;
            }).forEach(x -> { });
            return sites;
        });
    }

    /** "02139-4307" and "021394307" are ZIP 02139; anything else is kept as typed (and reported as unplaced). */
    private static String fiveDigits(String zip) {
        String z = zip.strip();
        return z.length() > 5 && z.substring(0, 5).chars().allMatch(Character::isDigit) ? z.substring(0, 5) : z;
    }
}
