package org.creddesk.store;

import java.util.List;
import java.util.Optional;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentFacts;
import org.creddesk.domain.workflow.EnrollmentTransition;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.domain.workflow.Payer;
import org.jdbi.v3.core.Handle;

/** Payers, enrollments with their dated transitions, and the follow-up log; writes refresh the deadlines. */
public final class EnrollmentRepository {
    private final Database db;
    private final DeadlineRepository deadlines;

    public EnrollmentRepository(Database db, DeadlineRepository deadlines) {
        this.db = db;
        this.deadlines = deadlines;
    }

    public List<Payer> payers() {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.PAYER, "1 = 1 ORDER BY name COLLATE NOCASE, state"));
    }

    public Optional<Payer> payer(String id) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.PAYER, "id = ?", id).stream().findFirst());
    }

    public Optional<Payer> payerByName(String name) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.PAYER, "name = ? COLLATE NOCASE", name.strip())
                .stream().findFirst());
    }

    /** Adds or updates a payer; enrollments with it get their expected dates re-derived. */
    public void savePayer(Payer payer, ChangeContext ctx) {
        db.write(h -> {
            WorkflowRows rows = rows(h, ctx);
            List<Payer> old = WorkflowRows.select(h, WorkflowSchema.PAYER, "id = ?", payer.id());
            if (old.isEmpty()) {
                rows.insert(WorkflowSchema.PAYER, payer, null);
            } else if (rows.update(WorkflowSchema.PAYER, old.get(0), payer, null)) {
                h.createQuery("SELECT DISTINCT provider_id FROM enrollment WHERE payer_id = ? AND deleted_at IS NULL")
                        .bind(0, payer.id()).mapTo(String.class).list().forEach(pid -> deadlines.refresh(h, pid));
            }
            return null;
        });
    }

    public void add(Enrollment e, String note, ChangeContext ctx) {
        db.write(h -> {
            WorkflowRows rows = rows(h, ctx);
            rows.insert(WorkflowSchema.ENROLLMENT, e, e.providerId());
            rows.insert(WorkflowSchema.TRANSITION, new EnrollmentTransition(Ids.newId(db.clock()), e.id(), null,
                    e.status(), e.statusOn(), note), e.providerId());
            deadlines.refresh(h, e.providerId());
            return null;
        });
    }

    /** Writes the enrollment's new state and, when its status moved, the dated transition. */
    public void update(Enrollment e, String note, ChangeContext ctx) {
        db.write(h -> {
            Enrollment old = byId(h, e.id()).orElseThrow(() -> new StoreException("No enrollment " + e.id()));
            WorkflowRows rows = rows(h, ctx);
            rows.update(WorkflowSchema.ENROLLMENT, old, e, e.providerId());
            if (old.status() != e.status()) {
                rows.insert(WorkflowSchema.TRANSITION, new EnrollmentTransition(Ids.newId(db.clock()), e.id(),
                        old.status(), e.status(), e.statusOn(), note), e.providerId());
            }
            deadlines.refresh(h, e.providerId());
            return null;
        });
    }

    public void addFollowUp(FollowUp f, ChangeContext ctx) {
        db.write(h -> {
            Enrollment e = byId(h, f.enrollmentId()).orElseThrow(() -> new StoreException("No enrollment " + f.enrollmentId()));
            rows(h, ctx).insert(WorkflowSchema.FOLLOW_UP, f, e.providerId());
            deadlines.refresh(h, e.providerId());
            return null;
        });
    }

    private static Optional<Enrollment> byId(Handle h, String id) {
        return WorkflowRows.select(h, WorkflowSchema.ENROLLMENT, "id = ?", id).stream().findFirst();
    }

    public Optional<EnrollmentFacts> facts(String enrollmentId) {
        return db.read(h -> byId(h, enrollmentId).map(e -> WorkflowFactsReader.enrollmentFacts(h, List.of(e)).get(0)));
    }

    public List<EnrollmentFacts> forProvider(String providerId) {
        return db.read(h -> WorkflowFactsReader.enrollmentFacts(h,
                WorkflowRows.select(h, WorkflowSchema.ENROLLMENT, "provider_id = ? ORDER BY id", providerId)));
    }

    /** The enrollments of active providers with one payer (every payer when null), for the board. */
    public List<EnrollmentFacts> all(String payerId) {
        String active = "provider_id IN (SELECT id FROM provider WHERE deleted_at IS NULL AND status = 'ACTIVE')";
        return db.read(h -> WorkflowFactsReader.enrollmentFacts(h, payerId == null
                ? WorkflowRows.select(h, WorkflowSchema.ENROLLMENT, active + " ORDER BY id")
                : WorkflowRows.select(h, WorkflowSchema.ENROLLMENT, "payer_id = ? AND " + active + " ORDER BY id",
                        payerId)));
    }

    public List<EnrollmentTransition> transitions(String enrollmentId) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.TRANSITION, "enrollment_id = ? ORDER BY rowid",
                enrollmentId));
    }

    private WorkflowRows rows(Handle h, ChangeContext ctx) {
        return new WorkflowRows(h, ctx, Ids.newId(db.clock()), db.clock().instant());
    }
}
