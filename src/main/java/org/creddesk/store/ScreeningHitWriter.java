package org.creddesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;
import org.creddesk.domain.monitoring.ExclusionMatch;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.HitStatus;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.domain.monitoring.UnfoundHit;
import org.jdbi.v3.core.Handle;

/**
 * The hits of one screening run, in its transaction: new matches become OPEN hits, known ones keep a decision
 * while their row is unchanged, and every hit of a screened provider that holds them (open, "cannot determine",
 * confirmed) but was not found again is carried into the run as it stands (never cleared, issue 11), with why.
 */
final class ScreeningHitWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Handle h;
    private final ChangeContext ctx;
    private final Clock clock;
    private final String opId;
    private final String runId;
    private final Instant now;
    private final LocalDate today;

    /** What the run's hits came to: their ids, each provider's hit statuses, new and carried counts. */
    record Written(List<String> hitIds, Map<String, List<HitStatus>> statuses, int newHits, int carried) {
    }

    private record Known(String id, String providerId, String source, String identityKey, HitStatus status,
                         String decidedFingerprint, String listRow, String absentSince, String absence) {
        String key() {
            return providerId + "|" + source + "|" + identityKey;
        }
    }

    ScreeningHitWriter(Handle h, ChangeContext ctx, Clock clock, String opId, String runId) {
        this.h = h;
        this.ctx = ctx;
        this.clock = clock;
        this.opId = opId;
        this.runId = runId;
        this.now = clock.instant();
        this.today = LocalDate.now(clock);
    }

    Written write(List<ScreeningRepository.Found> found, Collection<String> screenedProviderIds) {
        Map<String, Known> known = new HashMap<>();
        h.createQuery("SELECT id, provider_id, source, identity_key, status, decided_fingerprint, list_row, "
                        + "absent_since, absence FROM screening_hit")
                .map((rs, c) -> new Known(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        HitStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .forEach(k -> known.put(k.key(), k));
        List<String> hitIds = new ArrayList<>();
        Map<String, List<HitStatus>> statuses = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int newHits = 0;
        for (ScreeningRepository.Found f : found) {
            ExclusionMatch m = f.match();
            String key = m.providerId() + "|" + m.record().source().name() + "|" + m.record().identityKey();
            seen.add(key);
            Known old = known.get(key);
            HitStatus status;
            if (old == null) {
                hitIds.add(insert(f));
                status = HitStatus.OPEN;
                newHits++;
            } else {
                hitIds.add(old.id());
                status = update(old, f);
            }
            statuses.computeIfAbsent(m.providerId(), k -> new ArrayList<>()).add(status);
        }
        Set<String> screened = new HashSet<>(screenedProviderIds);
        int carried = 0;
        for (Known k : known.values()) {
            if (k.status().holds() && screened.contains(k.providerId()) && !seen.contains(k.key())) {
                statuses.computeIfAbsent(k.providerId(), x -> new ArrayList<>()).add(carry(k));
                hitIds.add(k.id());
                carried++;
            }
        }
        return new Written(hitIds, statuses, newHits, carried);
    }

    private String insert(ScreeningRepository.Found f) {
        ExclusionMatch m = f.match();
        String id = Ids.newId(clock);
        h.execute("INSERT INTO screening_hit (id, provider_id, source, identity_key, fingerprint, strength, rank, "
                        + "reasons, list_row, list_version_id, status, first_run_id, last_run_id, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, m.providerId(),
                m.record().source().name(), m.record().identityKey(), m.record().fingerprint(), m.strength().name(),
                m.rank(), json(m.reasons()), ExclusionRows.toJson(m.record()), f.listVersionId(),
                HitStatus.OPEN.name(), runId, runId, now.toString(), now.toString());
        ChangeLog.append(h, opId, "screening_hit", id, m.providerId(), ChangeAction.CREATE, List.of(
                new FieldChange("list", null, m.record().source().name()),
                new FieldChange("strength", null, m.strength().label()),
                new FieldChange("status", null, HitStatus.OPEN.name())), ctx, now);
        return id;
    }

    private HitStatus update(Known old, ScreeningRepository.Found f) {
        ExclusionMatch m = f.match();
        String fingerprint = m.record().fingerprint();
        HitStatus was = old.status();
        HitStatus status = HitStatus.afterRescreen(was, old.decidedFingerprint(), fingerprint);
        h.execute("UPDATE screening_hit SET fingerprint = ?, strength = ?, rank = ?, reasons = ?, list_row = ?, "
                        + "list_version_id = ?, status = ?, last_run_id = ?, absent_since = NULL, absence = NULL, "
                        + "updated_at = ?, version = version + 1 WHERE id = ?", fingerprint, m.strength().name(),
                m.rank(), json(m.reasons()), ExclusionRows.toJson(m.record()), f.listVersionId(), status.name(),
                runId, now.toString(), old.id());
        List<FieldChange> changes = new ArrayList<>();
        if (status != was) {
            changes.add(new FieldChange("status", was.name(), status.name()));
            changes.add(new FieldChange("reopenedBecause", null, "the list row changed"));
        }
        if (old.absentSince() != null) {
            changes.add(new FieldChange("absence", old.absence(), null));
        }
        if (!changes.isEmpty()) {
            ChangeLog.append(h, opId, "screening_hit", old.id(), m.providerId(), ChangeAction.UPDATE, changes, ctx,
                    now);
        }
        return status;
    }

    /** Keeps a holding hit the run did not find: its status (or reopened on a changed row), with why. */
    private HitStatus carry(Known k) {
        ListSource source = ListSource.valueOf(k.source());
        ExclusionRecord lastSeen = ExclusionRows.fromJson(k.listRow());
        Optional<StoredEntry> stored = stored(source, k.identityKey());
        UnfoundHit.Carried c = UnfoundHit.carry(k.status(), k.decidedFingerprint(), lastSeen,
                stored.map(StoredEntry::row).orElse(null), today, newestFull(source));
        String absentSince = k.absentSince() != null ? k.absentSince() : today.toString();
        if (stored.isPresent()) {
            h.execute("UPDATE screening_hit SET fingerprint = ?, list_row = ?, list_version_id = ?, status = ?, "
                            + "last_run_id = ?, absent_since = ?, absence = ?, updated_at = ?, version = version + 1 "
                            + "WHERE id = ?", c.fingerprint(), ExclusionRows.toJson(c.row()),
                    stored.get().listVersionId(), c.status().name(), runId, absentSince, c.absence(),
                    now.toString(), k.id());
        } else {
            h.execute("UPDATE screening_hit SET status = ?, last_run_id = ?, absent_since = ?, absence = ?, "
                            + "updated_at = ?, version = version + 1 WHERE id = ?", c.status().name(), runId,
                    absentSince, c.absence(), now.toString(), k.id());
        }
        List<FieldChange> changes = new ArrayList<>();
        if (c.status() != k.status()) {
            changes.add(new FieldChange("status", k.status().name(), c.status().name()));
            changes.add(new FieldChange("reopenedBecause", null, "the list row changed"));
        }
        if (!c.absence().equals(k.absence())) {
            changes.add(new FieldChange("absence", k.absence(), c.absence()));
        }
        if (!changes.isEmpty()) {
            ChangeLog.append(h, opId, "screening_hit", k.id(), k.providerId(), ChangeAction.UPDATE, changes, ctx, now);
        }
        return c.status();
    }

    private record StoredEntry(ExclusionRecord row, String listVersionId) {
    }

    private Optional<StoredEntry> stored(ListSource source, String identityKey) {
        return h.createQuery("SELECT list_version_id, " + ExclusionRows.COLUMNS + " FROM exclusion_entry "
                        + "WHERE source = ? AND identity_key = ?").bind(0, source.name()).bind(1, identityKey)
                .map((rs, c) -> new StoredEntry(ExclusionRows.read(source, rs, 2), rs.getString(1))).findFirst();
    }

    /** "UPDATED.csv downloaded 2026-12-01": the source's newest full list, the one that no longer has the row. */
    private String newestFull(ListSource source) {
        return h.createQuery("SELECT file_name || ' downloaded ' || downloaded_on FROM exclusion_list_version "
                        + "WHERE source = ? AND kind = 'FULL' AND deleted_at IS NULL ORDER BY rowid DESC LIMIT 1")
                .bind(0, source.name()).mapTo(String.class).findFirst().orElse("no full list imported");
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
