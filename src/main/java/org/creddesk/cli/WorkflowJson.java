package org.creddesk.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentFlag;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.creddesk.workflow.Blocker;
import org.creddesk.workflow.EnrollmentCard;

/** The JSON shapes of the workflow commands (field names are part of the CLI contract). */
final class WorkflowJson {
    private WorkflowJson() {
    }

    static Map<String, Object> deadline(TrackedDeadline t, LocalDate asOf, DeadlinePolicy policy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("npi", t.npi());
        m.put("provider", t.providerName());
        m.put("coordinator", t.coordinator());
        m.put("kind", t.deadline().kind().code());
        m.put("subject", t.deadline().subject());
        m.put("due", t.deadline().due().toString());
        m.put("status", t.deadline().statusOn(asOf).code());
        m.put("stage", policy.stageOf(t.deadline(), asOf));
        m.put("daysLeft", t.deadline().daysLeft(asOf));
        m.put("sourceId", t.deadline().sourceId());
        if (t.snoozedUntil() != null) {
            m.put("snoozedUntil", t.snoozedUntil().toString());
            m.put("snoozeReason", t.snoozeReason());
        }
        return m;
    }

    static Map<String, Object> enrollment(EnrollmentCard c) {
        Enrollment e = c.facts().enrollment();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("npi", c.npi());
        m.put("provider", c.providerName());
        m.put("coordinator", c.coordinator());
        m.put("payer", c.facts().payer() == null ? null : c.facts().payer().name());
        m.put("state", e.state());
        m.put("locationId", e.locationId());
        m.put("status", e.status().name().toLowerCase());
        m.put("statusOn", text(e.statusOn()));
        m.put("submittedOn", text(e.submittedOn()));
        m.put("expectedDecision", text(c.expectedDecision()));
        m.put("nextFollowUp", text(c.nextFollowUp()));
        m.put("effectiveDate", text(e.effectiveDate()));
        m.put("payerProviderId", e.payerProviderId());
        m.put("flags", c.flags().stream().map(EnrollmentFlag::name).map(String::toLowerCase).toList());
        m.put("followUps", c.facts().followUps().stream().map(WorkflowJson::followUp).toList());
        return m;
    }

    static Map<String, Object> followUp(FollowUp f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("on", text(f.on()));
        m.put("channel", f.channel().name().toLowerCase());
        m.put("contact", f.contact());
        m.put("referenceNumber", f.referenceNumber());
        m.put("note", f.note());
        m.put("nextFollowUp", text(f.nextFollowUp()));
        m.put("actor", f.actor());
        return m;
    }

    static Map<String, Object> blocker(Blocker b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", b.category().name().toLowerCase());
        m.put("subject", b.subject());
        m.put("detail", b.detail());
        m.put("due", text(b.due()));
        m.put("sourceId", b.sourceId());
        return m;
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
