package org.creddesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creddesk.domain.ChangeAction;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.FieldChange;
import org.creddesk.domain.Ids;
import org.creddesk.domain.monitoring.HitDecision;
import org.creddesk.domain.monitoring.HitStatus;
import org.creddesk.domain.monitoring.ListVersion;
import org.creddesk.domain.monitoring.ScreeningEvidence;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.monitoring.ScreeningResult;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.ItemStatus;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.VerificationElement;
import org.jdbi.v3.core.Handle;

/**
 * What a screening run writes besides its hits, in the run's transaction: who it covered and with what result
 * ({@code screening_run_subject}), the sanctions/exclusions verification of each provider it cleared, the
 * checklist items those answer, and the moved screening deadlines (ADR 0013). Also the verification a reviewer's
 * false positive records when it clears the last open hit of a provider's latest run.
 */
final class ScreeningRunWriter {
    private final Handle h;
    private final DeadlineRepository deadlines;
    private final ChangeContext ctx;
    private final Clock clock;
    private final Instant now;
    private final String opId;

    ScreeningRunWriter(Handle h, DeadlineRepository deadlines, ChangeContext ctx, Clock clock, String opId) {
        this.h = h;
        this.deadlines = deadlines;
        this.ctx = ctx;
        this.clock = clock;
        this.now = clock.instant();
        this.opId = opId;
    }

    /**
     * Records the subjects of run {@code runId} (every screened provider, with the review statuses of the hits
     * the run found for them) and their screening date, the verification of each cleared one, and moves their
     * screening deadlines.
     */
    void subjects(String runId, LocalDate screenedOn, List<ListVersion> versions, List<String> screened,
                  Map<String, List<HitStatus>> hitStatuses) {
        String source = ScreeningEvidence.source(versions);
        List<Verification> verifications = new ArrayList<>();
        try (PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO screening_run_subject "
                + "(run_id, provider_id, result, hits, verification_id) VALUES (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (String providerId : screened) {
                List<HitStatus> statuses = hitStatuses.getOrDefault(providerId, List.of());
                ScreeningResult result = ScreeningResult.of(statuses);
                String verificationId = null;
                if (result.verifies()) {
                    Verification v = ScreeningEvidence.verification(Ids.newId(clock), providerId, source, screenedOn,
                            ctx.actor(), ScreeningEvidence.valueSeen(result, statuses));
                    verifications.add(v);
                    verificationId = v.id();
                }
                ps.setString(1, runId);
                ps.setString(2, providerId);
                ps.setString(3, result.name());
                ps.setInt(4, statuses.size());
                ps.setString(5, verificationId);
                ps.addBatch();
                if (++pending == 5000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Recording who was screened failed: " + e.getMessage(), e);
        }
        markScreened(runId, screenedOn);
        WorkflowRows rows = new WorkflowRows(h, ctx, opId, now);
        rows.insertAll(WorkflowSchema.VERIFICATION, verifications, Verification::providerId);
        Set<String> withOpenChecklist = answerChecklists(rows, verifications);
        List<String> others = new ArrayList<>(screened.size());
        for (String id : screened) {
            if (withOpenChecklist.contains(id)) {
                deadlines.refresh(h, id);
            } else {
                others.add(id);
            }
        }
        deadlines.refreshScreening(h, others, screenedOn);
    }

    /**
     * Records the run as every subject's last screening, from the subject rows just written: one statement instead
     * of 100,000 bound upserts. Before the deadline refresh, which reads it.
     */
    private void markScreened(String runId, LocalDate screenedOn) {
        h.execute("INSERT INTO provider_screening (provider_id, last_screened_on, last_run_id) SELECT provider_id, ?, "
                + "run_id FROM screening_run_subject WHERE run_id = ? ON CONFLICT (provider_id) DO UPDATE "
                + "SET last_screened_on = excluded.last_screened_on, last_run_id = excluded.last_run_id",
                screenedOn.toString(), runId);
    }

    /**
     * Marks open sanctions checklist items verified by the run's verifications; returns every screened provider
     * with an open checklist (their PSV deadlines depend on verifications: they get a full refresh).
     */
    private Set<String> answerChecklists(WorkflowRows rows, List<Verification> verifications) {
        Set<String> open = new HashSet<>(h.createQuery("SELECT DISTINCT provider_id FROM checklist "
                + "WHERE closed_on IS NULL AND deleted_at IS NULL").mapTo(String.class).list());
        for (Verification v : verifications) {
            if (open.contains(v.providerId())) {
                answer(rows, v);
            }
        }
        return open;
    }

    private void answer(WorkflowRows rows, Verification v) {
        List<ChecklistItem> items = WorkflowRows.select(h, WorkflowSchema.CHECKLIST_ITEM, "element = ? AND "
                + "checklist_id IN (SELECT id FROM checklist WHERE provider_id = ? AND closed_on IS NULL "
                + "AND deleted_at IS NULL)", VerificationElement.SANCTIONS.name(), v.providerId());
        for (ChecklistItem i : items) {
            if (i.status().isOpen()) {
                rows.update(WorkflowSchema.CHECKLIST_ITEM, i, new ChecklistItem(i.id(), i.checklistId(), i.position(),
                        i.kind(), i.label(), i.required(), i.element(), i.credentialId(), ItemStatus.VERIFIED,
                        v.verifiedOn(), null, i.documentId()), v.providerId());
            }
        }
    }

    /**
     * After a reviewer's decision on {@code hit}: when the hit belongs to the provider's latest screening (found or
     * carried by it), that screening's result is worked out again; a false positive (or a checked reinstatement)
     * that clears its last holding hit records the verification (dated the review day: the screening is only
     * complete then), a confirmation marks it confirmed.
     */
    void afterDecision(ScreeningHit hit, HitDecision decision) {
        Optional<String> latestRun = h.createQuery("SELECT last_run_id FROM provider_screening WHERE provider_id = ?")
                .bind(0, hit.providerId()).mapTo(String.class).findFirst();
        if (latestRun.isEmpty() || !latestRun.get().equals(hit.lastRunId())) {
            return;
        }
        String runId = latestRun.get();
        Optional<String[]> subject = h.createQuery("SELECT result, verification_id FROM screening_run_subject "
                        + "WHERE run_id = ? AND provider_id = ?").bind(0, runId).bind(1, hit.providerId())
                .map((rs, c) -> new String[] {rs.getString(1), rs.getString(2)}).findFirst();
        if (subject.isEmpty()) {
            return; // a run recorded before who-was-screened was stored
        }
        List<HitStatus> statuses = h.createQuery("SELECT status FROM screening_hit WHERE provider_id = ? "
                + "AND last_run_id = ?").bind(0, hit.providerId()).bind(1, runId)
                .map((rs, c) -> HitStatus.valueOf(rs.getString(1))).list();
        ScreeningResult was = ScreeningResult.valueOf(subject.get()[0]);
        ScreeningResult result = ScreeningResult.of(statuses);
        if (result == was) {
            return;
        }
        String verificationId = subject.get()[1];
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("result", was.name(), result.name()));
        if (result.verifies() && verificationId == null) {
            List<ListVersion> versions = runVersions(runId);
            Verification v = ScreeningEvidence.verification(Ids.newId(clock), hit.providerId(),
                    ScreeningEvidence.source(versions), LocalDate.now(clock), ctx.actor(),
                    ScreeningEvidence.clearedOnReview(hit, decision));
            WorkflowRows rows = new WorkflowRows(h, ctx, opId, now);
            rows.insert(WorkflowSchema.VERIFICATION, v, v.providerId());
            answer(rows, v);
            verificationId = v.id();
            changes.add(new FieldChange("verificationId", null, verificationId));
        }
        h.execute("UPDATE screening_run_subject SET result = ?, verification_id = ? WHERE run_id = ? "
                + "AND provider_id = ?", result.name(), verificationId, runId, hit.providerId());
        ChangeLog.append(h, opId, "screening_run_subject", runId + "/" + hit.providerId(), hit.providerId(),
                ChangeAction.UPDATE, changes, ctx, now);
        deadlines.refresh(h, hit.providerId());
    }

    private List<ListVersion> runVersions(String runId) {
        String json = h.createQuery("SELECT list_version_ids FROM screening_run WHERE id = ?").bind(0, runId)
                .mapTo(String.class).one();
        List<ListVersion> result = new ArrayList<>();
        for (String id : ScreeningRepository.strings(json)) {
            ExclusionRepository.version(h, id).ifPresent(result::add);
        }
        return result;
    }
}
