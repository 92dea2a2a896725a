package org.creddesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.monitoring.ExclusionHold;
import org.creddesk.domain.monitoring.ExclusionMatch;
import org.creddesk.domain.monitoring.HitDecision;
import org.creddesk.domain.monitoring.HitStatus;
import org.creddesk.domain.monitoring.ListVersion;
import org.creddesk.domain.monitoring.MatchStrength;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.monitoring.ScreeningRun;
import org.creddesk.domain.monitoring.ScreeningSubject;
import org.jdbi.v3.core.Handle;

/**
 * Screening runs, hits and reviewer decisions, and the date each provider was last screened. A re-screen updates
 * the provider's hit on the same list row, so a decision stays with its row until the row changes.
 */
public final class ScreeningRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HIT_COLUMNS = "h.id, h.provider_id, h.strength, h.reasons, h.list_row, "
            + "h.list_version_id, h.status, h.fingerprint, h.first_run_id, h.last_run_id, p.last_name, p.first_name, "
            + "p.npi, p.date_of_birth, h.absent_since, h.absence";

    private final Database db;
    private final DeadlineRepository deadlines;

    /** {@code deadlines}: a run moves every screened provider's screening deadline in its transaction. */
    public ScreeningRepository(Database db, DeadlineRepository deadlines) {
        this.db = db;
        this.deadlines = deadlines;
    }

    /** Everything screening needs of every active provider. */
    public List<ScreeningSubject> subjects() {
        return db.read(ScreeningSubjects::active);
    }

    /** A match found by a run, with the list version that last set its row. */
    public record Found(ExclusionMatch match, String listVersionId) {
    }

    /**
     * Records a run in one transaction: the run, its hits (new ones OPEN; known ones keep a decision while their
     * row is unchanged; open or confirmed ones it no longer found are carried as they stand, never cleared), who it
     * screened with what result, the sanctions/exclusions verification of everyone it cleared, the screening date
     * of every screened provider and their moved screening deadlines. Returns the run and its hits.
     */
    public RunRecord recordRun(List<ListVersion> listVersions, List<String> screenedProviderIds, List<Found> found,
                               ChangeContext ctx) {
        List<String> listVersionIds = listVersions.stream().map(ListVersion::id).toList();
        return db.write(h -> {
            Instant now = db.clock().instant();
            LocalDate today = LocalDate.now(db.clock());
            String runId = Ids.newId(db.clock());
            String opId = Ids.newId(db.clock());
            ScreeningHitWriter.Written hits = new ScreeningHitWriter(h, ctx, db.clock(), opId, runId)
                    .write(found, screenedProviderIds);
            int total = found.size() + hits.carried();
            ScreeningRun run = new ScreeningRun(runId, now, today, listVersionIds, screenedProviderIds.size(),
                    total, hits.newHits(), ctx.actor());
            h.execute("INSERT INTO screening_run (id, screened_at, screened_on, list_version_ids, providers_screened, "
                            + "hits, new_hits, actor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    runId, now.toString(), today.toString(), json(listVersionIds), run.providersScreened(), run.hits(),
                    hits.newHits(), ctx.actor(), now.toString(), now.toString());
            new ScreeningRunWriter(h, deadlines, ctx, db.clock(), opId).subjects(runId, today, listVersions,
                    screenedProviderIds, hits.statuses());
            ChangeLog.append(h, opId, "screening_run", runId, null, ChangeAction.CREATE, List.of(
                    new FieldChange("listVersionIds", null, json(listVersionIds)),
                    new FieldChange("providersScreened", null, String.valueOf(run.providersScreened())),
                    new FieldChange("hits", null, String.valueOf(run.hits())),
                    new FieldChange("newHits", null, String.valueOf(hits.newHits())),
                    new FieldChange("carriedHits", null, String.valueOf(hits.carried()))), ctx, now);
            return new RunRecord(run, hits(h, "h.id IN (<ids>)", hits.hitIds()));
        });
    }

    /** A recorded run and its hits. */
    public record RunRecord(ScreeningRun run, List<ScreeningHit> hits) {
    }

    /**
     * Every hit waiting for a reviewer (open or "cannot determine"), whichever run last found it: a hit leaves the
     * queue only when a person disposes of it, never because a later list lacks its row.
     */
    public List<ScreeningHit> reviewQueue() {
        return db.read(h -> hits(h, "h.status IN ('OPEN', 'CANNOT_DETERMINE')", null));
    }

    /** The providers an open, undecided or confirmed hit holds, with how many of each (one grouped query). */
    public Map<String, ExclusionHold> holds() {
        return db.read(ExclusionHolds::all);
    }

    /** One provider's open, undecided and confirmed hits, best ranked first. */
    public List<ScreeningHit> holdingHits(String providerId) {
        return db.read(h -> hits(h, "h.provider_id = ? AND h.status IN ('OPEN', 'CANNOT_DETERMINE', 'CONFIRMED')",
                null, providerId));
    }

    public List<ScreeningHit> allHits() {
        return db.read(h -> hits(h, "1 = 1", null));
    }

    public Optional<ScreeningHit> hit(String id) {
        return db.read(h -> hits(h, "h.id = ?", null, id).stream().findFirst());
    }

    private static List<ScreeningHit> hits(Handle h, String where, List<String> ids, Object... args) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        List<ScreeningHit> result = new ArrayList<>();
        List<List<String>> chunks = new ArrayList<>();
        if (ids == null) {
            chunks.add(null);
        } else {
            for (int from = 0; from < ids.size(); from += 500) {
                chunks.add(ids.subList(from, Math.min(ids.size(), from + 500)));
            }
        }
        for (List<String> chunk : chunks) {
            var q = h.createQuery("SELECT " + HIT_COLUMNS + " FROM screening_hit h JOIN provider p ON p.id = h.provider_id "
                    + "WHERE " + where + " ORDER BY h.rank, p.last_name, p.first_name, h.id");
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            if (chunk != null) {
                q.bindList("ids", chunk);
            }
            q.map((rs, c) -> hit(rs)).forEach(result::add);
        }
        return result;
    }

    private static ScreeningHit hit(ResultSet rs) throws SQLException {
        String dob = rs.getString(14);
        String absentSince = rs.getString(15);
        return new ScreeningHit(rs.getString(1), rs.getString(2), rs.getString(11) + ", " + rs.getString(12),
                rs.getString(13), dob == null ? null : LocalDate.parse(dob), MatchStrength.valueOf(rs.getString(3)),
                strings(rs.getString(4)), ExclusionRows.fromJson(rs.getString(5)), rs.getString(6),
                HitStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                absentSince == null ? null : LocalDate.parse(absentSince), rs.getString(16));
    }

    /** Records a reviewer's decision with the list file as evidence; the hit takes the decision as its status. */
    public HitDecision decide(String hitId, Disposition disposition, String note, ChangeContext ctx) {
        return db.write(h -> {
            ScreeningHit hit = hits(h, "h.id = ?", null, hitId).stream().findFirst()
                    .orElseThrow(() -> new UnknownHitException(hitId));
            ListVersion list = ExclusionRepository.version(h, hit.listVersionId()).orElseThrow();
            Instant now = db.clock().instant();
            HitDecision d = new HitDecision(Ids.newId(db.clock()), hitId, hit.providerId(), disposition, note,
                    ctx.actor(), now, hit.fingerprint(), list.id(), list.fileName(), list.downloadedOn(), list.sha256());
            h.execute("INSERT INTO hit_disposition (id, hit_id, provider_id, disposition, note, actor, decided_at, "
                            + "row_fingerprint, list_version_id, list_file_name, list_downloaded_on, list_sha256, "
                            + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.id(), hitId,
                    hit.providerId(), disposition.name(), note, ctx.actor(), now.toString(), d.rowFingerprint(),
                    list.id(), list.fileName(), list.downloadedOn().toString(), list.sha256(), now.toString(),
                    now.toString());
            HitStatus status = HitStatus.of(disposition);
            h.execute("UPDATE screening_hit SET status = ?, decided_fingerprint = ?, updated_at = ?, "
                    + "version = version + 1 WHERE id = ?", status.name(), hit.fingerprint(), now.toString(), hitId);
            ChangeLog.append(h, Ids.newId(db.clock()), "screening_hit", hitId, hit.providerId(), ChangeAction.UPDATE,
                    List.of(new FieldChange("status", hit.status().name(), status.name()),
                            new FieldChange("note", null, note),
                            new FieldChange("evidence", null, list.fileName() + " downloaded " + list.downloadedOn()
                                    + " sha256 " + list.sha256())), ctx, now);
            new ScreeningRunWriter(h, deadlines, ctx, db.clock(), Ids.newId(db.clock())).afterDecision(hit, d);
            return d;
        });
    }

    /** The hit a reviewer named does not exist. */
    public static final class UnknownHitException extends StoreException {
        public UnknownHitException(String hitId) {
            super("There is no screening hit " + hitId + ". List them with: creddesk screen hits");
        }
    }

    public List<HitDecision> decisions(String hitId) {
        return db.read(h -> h.createQuery("SELECT id, hit_id, provider_id, disposition, note, actor, decided_at, "
                + "row_fingerprint, list_version_id, list_file_name, list_downloaded_on, list_sha256 FROM hit_disposition "
                + "WHERE hit_id = ? ORDER BY decided_at, id").bind(0, hitId).map((rs, c) -> decision(rs)).list());
    }

    private static HitDecision decision(ResultSet rs) throws SQLException {
        return new HitDecision(rs.getString(1), rs.getString(2), rs.getString(3), Disposition.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7)), rs.getString(8), rs.getString(9),
                rs.getString(10), LocalDate.parse(rs.getString(11)), rs.getString(12));
    }

    /** The day the provider was last screened against the exclusion lists, if ever. */
    public Optional<LocalDate> lastScreened(String providerId) {
        return db.read(h -> h.createQuery("SELECT last_screened_on FROM provider_screening WHERE provider_id = ?")
                .bind(0, providerId).mapTo(String.class).findFirst().map(LocalDate::parse));
    }

    /** The day each screened provider was last screened, for deadline lists over many providers. */
    public Map<String, LocalDate> lastScreenedByProvider() {
        return db.read(h -> {
            Map<String, LocalDate> result = new HashMap<>();
            h.createQuery("SELECT provider_id, last_screened_on FROM provider_screening")
                    .map((rs, c) -> Map.entry(rs.getString(1), LocalDate.parse(rs.getString(2))))
                    .forEach(e -> result.put(e.getKey(), e.getValue()));
            return result;
        });
    }

    /** One active provider's screening status for the monthly report. */
    public record ProviderScreening(String providerId, String name, String npi, LocalDate lastScreened,
                                    LocalDate addedOn) {
    }

    /** Every active provider with the day last screened (null when never), by name. */
    public List<ProviderScreening> providerScreenings() {
        return db.read(h -> h.createQuery("SELECT p.id, p.last_name || ', ' || p.first_name, p.npi, s.last_screened_on, "
                + "substr(p.created_at, 1, 10) FROM provider p LEFT JOIN provider_screening s ON s.provider_id = p.id "
                + "WHERE p.deleted_at IS NULL AND p.status = 'ACTIVE' ORDER BY p.last_name, p.first_name, p.id")
                .map((rs, c) -> new ProviderScreening(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)),
                        LocalDate.parse(rs.getString(5)))).list());
    }

    /** Who one run screened and what it found for them (run subjects are stored from migration V6 on). */
    public record RunSubject(String runId, LocalDate screenedOn, String providerId, String name, String npi,
                             org.creddesk.domain.monitoring.ScreeningResult result, int hits, String verificationId) {
    }

    /** The subjects of every run screened between {@code from} and {@code to} (inclusive), by run then name. */
    public List<RunSubject> subjectsBetween(LocalDate from, LocalDate to) {
        return db.read(h -> h.createQuery("SELECT s.run_id, r.screened_on, s.provider_id, "
                + "COALESCE(p.last_name, '') || ', ' || COALESCE(p.first_name, ''), p.npi, s.result, s.hits, "
                + "s.verification_id FROM screening_run_subject s JOIN screening_run r ON r.id = s.run_id "
                + "JOIN provider p ON p.id = s.provider_id WHERE r.screened_on BETWEEN ? AND ? "
                + "ORDER BY r.rowid, p.last_name, p.first_name, p.id")
                .bind(0, from.toString()).bind(1, to.toString())
                .map((rs, c) -> new RunSubject(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5),
                        org.creddesk.domain.monitoring.ScreeningResult.valueOf(rs.getString(6)), rs.getInt(7),
                        rs.getString(8))).list());
    }

    /** The result of the provider's latest screening, if it was screened since run subjects are stored. */
    public Optional<org.creddesk.domain.monitoring.ScreeningResult> latestResult(String providerId) {
        return db.read(h -> h.createQuery("SELECT s.result FROM provider_screening p JOIN screening_run_subject s "
                + "ON s.run_id = p.last_run_id AND s.provider_id = p.provider_id WHERE p.provider_id = ?")
                .bind(0, providerId).mapTo(String.class).findFirst()
                .map(org.creddesk.domain.monitoring.ScreeningResult::valueOf));
    }

    /** The day the provider was added (a never-screened provider is due from then). */
    public Optional<LocalDate> addedOn(String providerId) {
        return db.read(h -> h.createQuery("SELECT substr(created_at, 1, 10) FROM provider WHERE id = ?")
                .bind(0, providerId).mapTo(String.class).findFirst().map(LocalDate::parse));
    }

    /** Every decision recorded, oldest first. */
    public List<HitDecision> allDecisions() {
        return db.read(h -> h.createQuery("SELECT id, hit_id, provider_id, disposition, note, actor, decided_at, "
                + "row_fingerprint, list_version_id, list_file_name, list_downloaded_on, list_sha256 FROM hit_disposition "
                + "ORDER BY decided_at, id").map((rs, c) -> decision(rs)).list());
    }

    public List<ScreeningRun> runs() {
        return db.read(h -> h.createQuery("SELECT id, screened_at, screened_on, list_version_ids, providers_screened, "
                + "hits, new_hits, actor FROM screening_run ORDER BY rowid").map((rs, c) -> new ScreeningRun(
                        rs.getString(1), Instant.parse(rs.getString(2)), LocalDate.parse(rs.getString(3)),
                        strings(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8))).list());
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON list", e);
        }
    }
}
