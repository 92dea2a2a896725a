package org.creddesk.domain.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderFile;

/**
 * A checklist's document items as the provider file says: an item asking for the copy of a credential (its
 * license, registration, certificate of insurance) whose copy is already attached to that credential is
 * received, with that document, however the item was left. The checklist, "what blocks this file?" and the CLI
 * read items through this, so none of them asks for a copy that is on file.
 */
public final class DocumentsOnFile {
    private DocumentsOnFile() {
    }

    public static List<ChecklistItem> apply(List<ChecklistItem> items, ProviderFile file) {
        Map<String, Document> byCredential = new HashMap<>();
        for (Document d : file.documents()) {
            if (d.credentialId() != null) {
                byCredential.putIfAbsent(d.credentialId(), d);
            }
        }
        if (byCredential.isEmpty()) {
            return items;
        }
        return items.stream().map(i -> onFile(i, byCredential.get(i.credentialId()))).toList();
    }

    /** True when the item is received only because its credential's copy is on file (nobody marked it). */
    public static boolean derived(ChecklistItem stored, ChecklistItem shown) {
        return stored.status() != shown.status();
    }

    private static ChecklistItem onFile(ChecklistItem i, Document d) {
        boolean asksForCopy = i.kind() == ItemKind.DOCUMENT && i.credentialId() != null;
        if (d == null || !asksForCopy
                || (i.status() != ItemStatus.PENDING && i.status() != ItemStatus.REQUESTED)) {
            return i;
        }
        return new ChecklistItem(i.id(), i.checklistId(), i.position(), i.kind(), i.label(), i.required(), i.element(),
                i.credentialId(), ItemStatus.RECEIVED, i.statusOn(), i.waiverReason(), d.id());
    }
}
