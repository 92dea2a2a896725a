package org.creddesk.store;

import java.util.List;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.domain.workflow.Verification;

/** Primary-source verifications and credentialing decisions; each write refreshes the provider's deadlines. */
public final class CredentialingRepository {
    private final Database db;
    private final DeadlineRepository deadlines;

    public CredentialingRepository(Database db, DeadlineRepository deadlines) {
        this.db = db;
        this.deadlines = deadlines;
    }

    /**
     * Records a verification and, in the same transaction, the checklist items it answers and the credential fields
     * it saw (so a roster cannot change them silently).
     */
    public void addVerification(Verification v, List<ChecklistItem> answeredItems, ChangeContext ctx) {
        db.write(h -> {
            WorkflowRows rows = new WorkflowRows(h, ctx, Ids.newId(db.clock()), db.clock().instant());
            rows.insert(WorkflowSchema.VERIFICATION, v, v.providerId());
            ProtectedFields.markVerified(h, v, db.clock().instant());
            for (ChecklistItem item : answeredItems) {
                WorkflowRows.select(h, WorkflowSchema.CHECKLIST_ITEM, "id = ?", item.id())
                        .forEach(old -> rows.update(WorkflowSchema.CHECKLIST_ITEM, old, item, v.providerId()));
            }
            deadlines.refresh(h, v.providerId());
            return null;
        });
    }

    /** Records a decision; when it ends a checklist, the checklist closes on the decision date in the same write. */
    public void addDecision(CredentialingDecision d, ChangeContext ctx) {
        db.write(h -> {
            WorkflowRows rows = new WorkflowRows(h, ctx, Ids.newId(db.clock()), db.clock().instant());
            rows.insert(WorkflowSchema.DECISION, d, d.providerId());
            if (d.checklistId() != null) {
                for (Checklist c : WorkflowRows.select(h, WorkflowSchema.CHECKLIST, "id = ?", d.checklistId())) {
                    Checklist closed = new Checklist(c.id(), c.providerId(), c.templateId(), c.name(), c.kind(),
                            c.program(), c.startedOn(), c.plannedCommittee(), d.decidedOn(), c.enrollmentId());
                    rows.update(WorkflowSchema.CHECKLIST, c, closed, c.providerId());
                }
            }
            deadlines.refresh(h, d.providerId());
            return null;
        });
    }

    /** Records that the practitioner was told of a decision (when, how); logged, deadlines refreshed. */
    public void recordNotice(CredentialingDecision d, java.time.LocalDate sentOn, String method, ChangeContext ctx) {
        db.write(h -> {
            WorkflowRows rows = new WorkflowRows(h, ctx, Ids.newId(db.clock()), db.clock().instant());
            rows.update(WorkflowSchema.DECISION, d, d.withNotice(sentOn, method), d.providerId());
            deadlines.refresh(h, d.providerId());
            return null;
        });
    }

    public List<Verification> verifications(String providerId) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.VERIFICATION,
                "provider_id = ? ORDER BY verified_on, id", providerId));
    }

    /** Where the provider stands in exclusion screening (open and confirmed hits hold approval). */
    public org.creddesk.domain.workflow.ScreeningStanding screeningStanding(String providerId) {
        return db.read(h -> ScreeningStandings.of(h, providerId));
    }

    public List<CredentialingDecision> decisions(String providerId) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.DECISION,
                "provider_id = ? ORDER BY decided_on, id", providerId));
    }
}
