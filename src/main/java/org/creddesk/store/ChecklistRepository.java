package org.creddesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.ChecklistTemplate;
import org.creddesk.domain.workflow.TemplateItem;
import org.creddesk.domain.workflow.WorkflowKind;
import org.jdbi.v3.core.Handle;

/** Checklist templates (data, editable) and the checklists started from them, with their items. */
public final class ChecklistRepository {
    private final Database db;
    private final DeadlineRepository deadlines;

    public ChecklistRepository(Database db, DeadlineRepository deadlines) {
        this.db = db;
        this.deadlines = deadlines;
    }

    public List<ChecklistTemplate> templates() {
        return db.read(h -> {
            List<ChecklistTemplate> result = new ArrayList<>();
            for (WorkflowSchema.TemplateRow t : WorkflowRows.select(h, WorkflowSchema.TEMPLATE, "1 = 1 ORDER BY name")) {
                result.add(template(h, t));
            }
            return result;
        });
    }

    public Optional<ChecklistTemplate> templateByCode(String code) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.TEMPLATE, "code = ?", code).stream().findFirst()
                .map(t -> template(h, t)));
    }

    private static ChecklistTemplate template(Handle h, WorkflowSchema.TemplateRow t) {
        List<TemplateItem> items = WorkflowRows.select(h, WorkflowSchema.TEMPLATE_ITEM, "template_id = ? ORDER BY position",
                t.id()).stream().map(i -> new TemplateItem(i.kind(), i.label(), i.required(), i.element(),
                i.credentialType())).toList();
        return new ChecklistTemplate(t.id(), t.code(), t.name(), t.kind(), t.payerId(), items);
    }

    public Optional<ChecklistTemplate> templateById(String id) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.TEMPLATE, "id = ?", id).stream().findFirst()
                .map(t -> template(h, t)));
    }

    /** Retired templates (tombstoned rows, items kept), which can be restored. */
    public List<ChecklistTemplate> retiredTemplates() {
        return db.read(h -> h.createQuery("SELECT id, code, name, kind, payer_id FROM checklist_template "
                        + "WHERE deleted_at IS NOT NULL ORDER BY name")
                .map((rs, c) -> new WorkflowSchema.TemplateRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        WorkflowKind.valueOf(rs.getString(4)), rs.getString(5))).list()
                .stream().map(t -> template(h, t)).toList());
    }

    /** Whether a code was ever used, by a live or a retired template (codes are never reused). */
    public boolean codeUsed(String code) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM checklist_template WHERE code = ?").bind(0, code)
                .mapTo(Integer.class).one() > 0);
    }

    /** Renames a live template; the code (what scripts use) stays. */
    public void renameTemplate(String id, String name, ChangeContext ctx) {
        db.write(h -> {
            WorkflowSchema.TemplateRow old = liveRow(h, id);
            rows(h, ctx).update(WorkflowSchema.TEMPLATE, old, new WorkflowSchema.TemplateRow(old.id(), old.code(),
                    name, old.kind(), old.payerId()), null);
            return null;
        });
    }

    /** Retires a template: its row becomes a tombstone, its items stay, checklists started from it keep theirs. */
    public void retireTemplate(String id, ChangeContext ctx) {
        db.write(h -> {
            rows(h, ctx).delete(WorkflowSchema.TEMPLATE, liveRow(h, id), null);
            return null;
        });
    }

    /** Brings a retired template back with the items it had. */
    public void restoreTemplate(String id, ChangeContext ctx) {
        db.write(h -> {
            WorkflowSchema.TemplateRow row = h.createQuery("SELECT id, code, name, kind, payer_id FROM "
                            + "checklist_template WHERE id = ? AND deleted_at IS NOT NULL").bind(0, id)
                    .map((rs, c) -> new WorkflowSchema.TemplateRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            WorkflowKind.valueOf(rs.getString(4)), rs.getString(5))).findOne()
                    .orElseThrow(() -> new StoreException("No retired checklist template " + id));
            rows(h, ctx).restore(WorkflowSchema.TEMPLATE, row, null);
            return null;
        });
    }

    private static WorkflowSchema.TemplateRow liveRow(Handle h, String id) {
        return WorkflowRows.select(h, WorkflowSchema.TEMPLATE, "id = ?", id).stream().findFirst()
                .orElseThrow(() -> new StoreException("No checklist template " + id));
    }

    /** Saves a template (new, or replacing the items of an existing one; removed items become tombstones). */
    public void saveTemplate(ChecklistTemplate template, ChangeContext ctx) {
        db.write(h -> {
            WorkflowRows rows = rows(h, ctx);
            WorkflowSchema.TemplateRow row = new WorkflowSchema.TemplateRow(template.id(), template.code(),
                    template.name(), template.kind(), template.payerId());
            List<WorkflowSchema.TemplateRow> old = WorkflowRows.select(h, WorkflowSchema.TEMPLATE, "id = ?", template.id());
            if (old.isEmpty()) {
                rows.insert(WorkflowSchema.TEMPLATE, row, null);
            } else {
                rows.update(WorkflowSchema.TEMPLATE, old.get(0), row, null);
            }
            List<WorkflowSchema.TemplateItemRow> oldItems = WorkflowRows.select(h, WorkflowSchema.TEMPLATE_ITEM,
                    "template_id = ? ORDER BY position", template.id());
            for (int i = 0; i < template.items().size(); i++) {
                TemplateItem t = template.items().get(i);
                String id = i < oldItems.size() ? oldItems.get(i).id() : Ids.newId(db.clock());
                WorkflowSchema.TemplateItemRow item = new WorkflowSchema.TemplateItemRow(id, template.id(), i + 1,
                        t.kind(), t.label(), t.required(), t.element(), t.credentialType());
                if (i < oldItems.size()) {
                    rows.update(WorkflowSchema.TEMPLATE_ITEM, oldItems.get(i), item, null);
                } else {
                    rows.insert(WorkflowSchema.TEMPLATE_ITEM, item, null);
                }
            }
            for (int i = template.items().size(); i < oldItems.size(); i++) {
                rows.delete(WorkflowSchema.TEMPLATE_ITEM, oldItems.get(i), null);
            }
            return null;
        });
    }

    /** Starts a checklist with its items in one transaction; deadlines follow (PSV before the committee). */
    public void start(Checklist checklist, List<ChecklistItem> items, ChangeContext ctx) {
        db.write(h -> {
            WorkflowRows rows = rows(h, ctx);
            rows.insert(WorkflowSchema.CHECKLIST, checklist, checklist.providerId());
            for (ChecklistItem item : items) {
                rows.insert(WorkflowSchema.CHECKLIST_ITEM, item, checklist.providerId());
            }
            deadlines.refresh(h, checklist.providerId());
            return null;
        });
    }

    public void update(Checklist checklist, ChangeContext ctx) {
        db.write(h -> {
            Checklist old = WorkflowRows.select(h, WorkflowSchema.CHECKLIST, "id = ?", checklist.id()).stream()
                    .findFirst().orElseThrow(() -> new StoreException("No checklist " + checklist.id()));
            if (rows(h, ctx).update(WorkflowSchema.CHECKLIST, old, checklist, checklist.providerId())) {
                deadlines.refresh(h, checklist.providerId());
            }
            return null;
        });
    }

    public void updateItem(ChecklistItem item, ChangeContext ctx) {
        db.write(h -> {
            ChecklistItem old = WorkflowRows.select(h, WorkflowSchema.CHECKLIST_ITEM, "id = ?", item.id()).stream()
                    .findFirst().orElseThrow(() -> new StoreException("No checklist item " + item.id()));
            String providerId = providerOf(h, item.checklistId());
            if (rows(h, ctx).update(WorkflowSchema.CHECKLIST_ITEM, old, item, providerId)) {
                deadlines.refresh(h, providerId);
            }
            return null;
        });
    }

    private static String providerOf(Handle h, String checklistId) {
        return h.createQuery("SELECT provider_id FROM checklist WHERE id = ?").bind(0, checklistId)
                .mapTo(String.class).one();
    }

    public List<Checklist> forProvider(String providerId) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.CHECKLIST, "provider_id = ? ORDER BY started_on, id",
                providerId));
    }

    public Optional<Checklist> byId(String id) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.CHECKLIST, "id = ?", id).stream().findFirst());
    }

    public List<ChecklistItem> items(String checklistId) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.CHECKLIST_ITEM, "checklist_id = ? ORDER BY position",
                checklistId));
    }

    public Optional<ChecklistItem> item(String itemId) {
        return db.read(h -> WorkflowRows.select(h, WorkflowSchema.CHECKLIST_ITEM, "id = ?", itemId).stream().findFirst());
    }

    /** Where a provider's open checklist stands: required items closed (verified or waived) out of all required. */
    public record OpenProgress(String providerId, String checklistName, int requiredDone, int requiredTotal) {
    }

    /**
     * The newest open checklist of each of these providers with its progress, in one query (a page of the provider
     * list at a time); providers without an open checklist are absent.
     */
    public Map<String, OpenProgress> openProgress(Collection<String> providerIds) {
        if (providerIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(",", Collections.nCopies(providerIds.size(), "?"));
        return db.read(h -> {
            Map<String, OpenProgress> result = new HashMap<>();
            var query = h.createQuery("SELECT c.provider_id, c.name, "
                            + "COALESCE(SUM(CASE WHEN i.required = 1 AND i.status IN ('VERIFIED', 'WAIVED') THEN 1 ELSE 0 END), 0) AS done, "
                            + "COALESCE(SUM(CASE WHEN i.required = 1 THEN 1 ELSE 0 END), 0) AS total "
                            + "FROM checklist c LEFT JOIN checklist_item i ON i.checklist_id = c.id AND i.deleted_at IS NULL "
                            + "WHERE c.deleted_at IS NULL AND c.closed_on IS NULL AND c.provider_id IN (" + marks + ") "
                            + "GROUP BY c.id ORDER BY c.started_on, c.id");
            int at = 0;
            for (String id : providerIds) {
                query.bind(at++, id);
            }
            query.map((rs, c) -> new OpenProgress(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                    .forEach(p -> result.put(p.providerId(), p)); // newest last, so it wins
            return result;
        });
    }

    private WorkflowRows rows(Handle h, ChangeContext ctx) {
        return new WorkflowRows(h, ctx, Ids.newId(db.clock()), db.clock().instant());
    }
}
