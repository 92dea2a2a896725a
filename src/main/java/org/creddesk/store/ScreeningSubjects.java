package org.creddesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.monitoring.ScreeningSubject;
import org.creddesk.domain.monitoring.ScreeningSubject.PersonName;
import org.jdbi.v3.core.Handle;

/**
 * Reads what screening needs of every active provider with four narrow queries instead of loading whole provider
 * files: 100,000 providers in about a second.
 */
final class ScreeningSubjects {
    private ScreeningSubjects() {
    }

    private static final class Builder {
        final String id;
        final String npi;
        final LocalDate dob;
        final String groupNpi;
        final List<PersonName> names = new ArrayList<>(2);
        final Set<String> states = new HashSet<>(4);
        final List<String> organizations = new ArrayList<>(1);

        Builder(String id, String npi, LocalDate dob, String groupNpi) {
            this.id = id;
            this.npi = npi;
            this.dob = dob;
            this.groupNpi = groupNpi;
        }
    }

    static List<ScreeningSubject> active(Handle h) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        h.createQuery("SELECT id, npi, date_of_birth, group_npi, last_name, first_name FROM provider "
                        + "WHERE deleted_at IS NULL AND status = ? ORDER BY id").bind(0, ProviderStatus.ACTIVE.name())
                .map((rs, c) -> {
                    String dob = rs.getString(3);
                    Builder b = new Builder(rs.getString(1), rs.getString(2), dob == null ? null : LocalDate.parse(dob),
                            rs.getString(4));
                    b.names.add(new PersonName("legal", rs.getString(5), rs.getString(6)));
                    return b;
                }).forEach(b -> byId.put(b.id, b));
        h.createQuery("SELECT provider_id, kind, last_name, first_name FROM other_name WHERE deleted_at IS NULL")
                .map((rs, c) -> {
                    Builder b = byId.get(rs.getString(1));
                    if (b != null) {
                        String kind = rs.getString(2);
                        b.names.add(new PersonName(kind == null || kind.isBlank() ? "other" : kind.toLowerCase(),
                                rs.getString(3), rs.getString(4)));
                    }
                    return 0;
                }).forEach(x -> { });
        h.createQuery("SELECT provider_id, state FROM license WHERE deleted_at IS NULL AND state IS NOT NULL")
                .map((rs, c) -> addState(byId, rs.getString(1), rs.getString(2))).forEach(x -> { });
        h.createQuery("SELECT provider_id, state, name FROM practice_location WHERE deleted_at IS NULL")
                .map((rs, c) -> {
                    addState(byId, rs.getString(1), rs.getString(2));
                    Builder b = byId.get(rs.getString(1));
                    String name = rs.getString(3);
                    if (b != null && name != null && !name.isBlank() && !b.organizations.contains(name)) {
                        b.organizations.add(name);
                    }
                    return 0;
                }).forEach(x -> { });
        List<ScreeningSubject> result = new ArrayList<>(byId.size());
        for (Builder b : byId.values()) {
            result.add(new ScreeningSubject(b.id, b.npi, b.dob, b.names, b.states, b.groupNpi, b.organizations));
        }
        return result;
    }

    private static int addState(Map<String, Builder> byId, String providerId, String state) {
        Builder b = byId.get(providerId);
        if (b != null && state != null && !state.isBlank()) {
            b.states.add(state.strip().toUpperCase());
        }
        return 0;
    }

    /** Display data of providers for the review queue: name, NPI, date of birth. */
    static Map<String, String[]> display(Handle h, List<String> providerIds) {
        Map<String, String[]> result = new HashMap<>();
        for (int from = 0; from < providerIds.size(); from += 500) {
            h.createQuery("SELECT id, last_name, first_name, npi, date_of_birth FROM provider WHERE id IN (<ids>)")
                    .bindList("ids", providerIds.subList(from, Math.min(providerIds.size(), from + 500)))
                    .map((rs, c) -> new String[] {rs.getString(1), rs.getString(2) + ", " + rs.getString(3),
                        rs.getString(4), rs.getString(5)})
                    .forEach(r -> result.put(r[0], r));
        }
        return result;
    }
}
