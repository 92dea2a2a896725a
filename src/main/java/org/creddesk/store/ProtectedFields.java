package org.creddesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.ConflictAnswer;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;
import org.creddesk.domain.VerifiedField;
import org.creddesk.domain.workflow.Verification;
import org.jdbi.v3.core.Handle;

/**
 * The fields nothing may overwrite silently beyond what the change log says (V12): the fields a primary-source
 * verification saw, and the roster conflicts a person answered "keep mine". Keys are "entityId.field", as in
 * {@link ChangeLog#provenance}.
 */
public final class ProtectedFields {
    private static final int CHUNK = 500;

    private ProtectedFields() {
    }

    /** Marks every field of the credential(s) a verification covers with the value it holds now. */
    static void markVerified(Handle h, Verification v, Instant at) {
        List<? extends Record> seen = switch (v.element()) {
            case LICENSE -> credential(h, ProviderSchema.LICENSE, v);
            case DEA_CDS -> credential(h, ProviderSchema.REGISTRATION, v);
            case BOARD_CERTIFICATION -> credential(h, ProviderSchema.BOARD, v);
            case EDUCATION -> credential(h, ProviderSchema.EDUCATION, v);
            default -> List.of();
        };
        for (Record r : seen) {
            mark(h, v, entityOf(r), r, at);
        }
    }

    private static <T extends Record> List<T> credential(Handle h, EntityType<T> type, Verification v) {
        return v.credentialId() != null ? WorkflowRows.select(h, type, "id = ?", v.credentialId())
                : WorkflowRows.select(h, type, "provider_id = ?", v.providerId());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Record> EntityType<T> entityOf(T row) {
        for (EntityType<?> t : ProviderSchema.CHILDREN) {
            if (t.type().isInstance(row)) {
                return (EntityType<T>) t;
            }
        }
        throw new IllegalArgumentException("not a provider-file record: " + row.getClass().getSimpleName());
    }

    private static <T extends Record> void mark(Handle h, Verification v, EntityType<T> type, T row, Instant at) {
        String when = at.toString();
        for (Map.Entry<String, String> e : type.fieldsAsText(row).entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            h.execute("INSERT INTO verified_field (id, verification_id, provider_id, entity, entity_id, field, value, "
                            + "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    Ids.newId(java.time.Clock.fixed(at, java.time.ZoneOffset.UTC)), v.id(), v.providerId(),
                    type.entity(), type.id(row), e.getKey(), e.getValue(), when, when);
        }
    }

    /** The newest verification mark of each field of the providers asked. */
    public static Map<String, VerifiedField> verified(Handle h, Collection<String> providerIds) {
        Map<String, VerifiedField> result = new HashMap<>();
        forChunks(providerIds, ids -> h.createQuery("SELECT f.entity_id, f.field, f.value, v.id, v.element, v.source, "
                        + "v.verifier, v.verified_on, f.created_at FROM verified_field f JOIN verification v "
                        + "ON v.id = f.verification_id WHERE f.provider_id IN (<ids>) AND f.deleted_at IS NULL "
                        + "AND v.deleted_at IS NULL ORDER BY v.verified_on, f.created_at")
                .bindList("ids", ids)
                .map((rs, c) -> new VerifiedField(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), LocalDate.parse(rs.getString(8)),
                        Instant.parse(rs.getString(9))))
                .forEach(f -> result.put(f.entityId() + "." + f.field(), f)));
        return result;
    }

    /** Every "keep mine" answer given for the providers asked, oldest first per field. */
    public static Map<String, List<ConflictAnswer>> answers(Handle h, Collection<String> providerIds) {
        Map<String, List<ConflictAnswer>> result = new HashMap<>();
        forChunks(providerIds, ids -> h.createQuery("SELECT entity_id, field, kept_value, declined_value, actor, "
                        + "answered_at FROM roster_conflict_answer WHERE provider_id IN (<ids>) AND deleted_at IS NULL "
                        + "ORDER BY answered_at")
                .bindList("ids", ids)
                .map((rs, c) -> new ConflictAnswer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Instant.parse(rs.getString(6))))
                .forEach(a -> result.computeIfAbsent(a.entityId() + "." + a.field(), k -> new ArrayList<>()).add(a)));
        return result;
    }

    /** Records a "keep mine" answer, and logs it, in the caller's transaction. */
    static void recordAnswer(Handle h, String providerId, ConflictAnswer a, String importId, String opId,
                             ChangeContext ctx) {
        String id = Ids.newId(java.time.Clock.fixed(a.answeredAt(), java.time.ZoneOffset.UTC));
        String at = a.answeredAt().toString();
        h.execute("INSERT INTO roster_conflict_answer (id, provider_id, entity_id, field, kept_value, declined_value, "
                        + "import_id, source, actor, answered_at, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id, providerId, a.entityId(), a.field(), a.keptValue(), a.declinedValue(), importId, ctx.source(),
                a.actor(), at, at, at);
        // the roster's source stays in the row; the log says a person decided
        ChangeLog.append(h, opId, "roster_conflict_answer", id, providerId, ChangeAction.CREATE, List.of(
                new FieldChange("entityId", null, a.entityId()), new FieldChange("field", null, a.field()),
                new FieldChange("keptValue", null, a.keptValue()),
                new FieldChange("declinedValue", null, a.declinedValue())), ctx.withSource(ChangeContext.MANUAL),
                a.answeredAt());
    }

    private static void forChunks(Collection<String> ids, java.util.function.Consumer<List<String>> query) {
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            query.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
    }
}
