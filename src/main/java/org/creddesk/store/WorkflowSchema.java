package org.creddesk.store;

import java.util.List;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.CredentialingDecision;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentTransition;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.domain.workflow.ItemKind;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.VerificationElement;

/** The workflow tables (migration V3), mapped by record components like the provider file. */
final class WorkflowSchema {
    static final EntityType<Checklist> CHECKLIST = type("checklist", Checklist.class);
    static final EntityType<ChecklistItem> CHECKLIST_ITEM = type("checklist_item", ChecklistItem.class);
    static final EntityType<Verification> VERIFICATION = type("verification", Verification.class);
    static final EntityType<CredentialingDecision> DECISION =
            type("credentialing_decision", CredentialingDecision.class);
    static final EntityType<Payer> PAYER = type("payer", Payer.class);
    static final EntityType<Enrollment> ENROLLMENT = type("enrollment", Enrollment.class);
    static final EntityType<EnrollmentTransition> TRANSITION =
            type("enrollment_transition", EnrollmentTransition.class);
    static final EntityType<FollowUp> FOLLOW_UP = type("follow_up", FollowUp.class);
    static final EntityType<org.creddesk.domain.workflow.StageMove> STAGE_MOVE =
            type("provider_stage_move", org.creddesk.domain.workflow.StageMove.class);
    static final EntityType<org.creddesk.domain.workflow.Contract> CONTRACT =
            type("contract", org.creddesk.domain.workflow.Contract.class);
    static final EntityType<TemplateRow> TEMPLATE = type("checklist_template", TemplateRow.class);
    static final EntityType<TemplateItemRow> TEMPLATE_ITEM = type("checklist_template_item", TemplateItemRow.class);

    /** A template's own row; its items are {@link TemplateItemRow}s. */
    record TemplateRow(String id, String code, String name, org.creddesk.domain.workflow.WorkflowKind kind,
                       String payerId) {
    }

    record TemplateItemRow(String id, String templateId, int position, ItemKind kind, String label, boolean required,
                           VerificationElement element, String credentialType) {
    }

    private WorkflowSchema() {
    }

    private static <T extends Record> EntityType<T> type(String table, Class<T> type) {
        return new EntityType<>(table, type, f -> List.of());
    }
}
