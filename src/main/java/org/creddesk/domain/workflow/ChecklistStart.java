package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.creddesk.domain.ProviderFile;

/**
 * Instantiates a template for a provider: one item per template line, or, for a line tied to a kind of credential
 * ("license", "registration", "board", "malpractice"), one item per such credential of the file (linked to it),
 * or a single unlinked item when the file has none yet.
 */
public final class ChecklistStart {
    private ChecklistStart() {
    }

    public record Started(Checklist checklist, List<ChecklistItem> items) {
    }

    public static Started of(ChecklistTemplate template, ProviderFile file, CredentialingProgram program,
                             LocalDate today, LocalDate plannedCommittee, Supplier<String> ids) {
        Checklist checklist = new Checklist(ids.get(), file.id(), template.id(), template.name(), template.kind(),
                program, today, plannedCommittee, null, null);
        List<ChecklistItem> items = new ArrayList<>();
        for (TemplateItem t : template.items()) {
            List<String[]> credentials = credentials(file, t.credentialType(), today);
            if (credentials.isEmpty()) {
                items.add(item(ids.get(), checklist.id(), items.size() + 1, t, t.label(), null, today));
            }
            for (String[] c : credentials) {
                items.add(item(ids.get(), checklist.id(), items.size() + 1, t, t.label() + ": " + c[1], c[0], today));
            }
        }
        return new Started(checklist, items);
    }

    private static ChecklistItem item(String id, String checklistId, int position, TemplateItem t, String label,
                                      String credentialId, LocalDate today) {
        return new ChecklistItem(id, checklistId, position, t.kind(), label, t.required(), t.element(), credentialId,
                ItemStatus.PENDING, today, null, null);
    }

    /** [id, subject] of each credential of that type; expired malpractice policies are history, not asked for. */
    private static List<String[]> credentials(ProviderFile file, String type, LocalDate today) {
        if (type == null) {
            return List.of();
        }
        return switch (type) {
            case "license" -> file.licenses().stream()
                    .map(l -> new String[] {l.id(), DeadlineSubjects.license(l)}).toList();
            case "registration" -> file.registrations().stream()
                    .map(r -> new String[] {r.id(), DeadlineSubjects.registration(r)}).toList();
            case "board" -> file.boardCertifications().stream()
                    .map(b -> new String[] {b.id(), DeadlineSubjects.board(b)}).toList();
            case "malpractice" -> file.malpracticePolicies().stream()
                    .filter(m -> m.expires() == null || !m.expires().isBefore(today))
                    .map(m -> new String[] {m.id(), DeadlineSubjects.malpractice(m)}).toList();
            default -> List.of();
        };
    }
}
