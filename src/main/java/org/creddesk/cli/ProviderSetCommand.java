package org.creddesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ProviderFile;
import org.creddesk.provider.ProviderService;
import org.creddesk.roster.FieldEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk providers set NPI FIELD=VALUE...}: edits a provider file as the window does (same validation, the
 * change log with source {@code manual}), so a person's edits can be scripted.
 */
@Command(name = "set", description = "Edit fields of a provider file, as typed in the window (source manual). "
        + "FIELD is a roster field key: lastName, dateOfBirth, caqhId, licenseState, licenseNumber, licenseExpires, "
        + "deaNumber, deaExpires, board, boardExpires, practiceAddress, ... (an empty VALUE clears it). A license, "
        + "DEA registration or board is chosen by licenseState/licenseNumber, deaNumber or board when given.")
final class ProviderSetCommand implements Runnable {
    @ParentCommand
    ProvidersCommand parent;
    @Parameters(index = "0", paramLabel = "NPI", description = "The provider's NPI")
    String npi;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FIELD=VALUE", description = "The fields to set")
    List<String> assignments;
    @Option(names = "--json", description = "JSON on stdout: the provider's NPI and each field changed")
    boolean json;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        ProviderService service = root.context().providers();
        ProviderFile before = ProvidersCommand.byNpi(root, npi);
        ProviderFile edited;
        try {
            edited = new FieldEdits(root.context().clock()).apply(before, assignments);
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.USAGE, e.getMessage());
        }
        ProviderService.SaveOutcome outcome = service.save(edited, root.context().manualChange());
        if (!outcome.saved()) {
            List<String> problems = outcome.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
            throw new CliException(CliException.REFUSED, "Not saved: " + String.join("; ", problems));
        }
        List<Map<String, Object>> changed = new ArrayList<>();
        outcome.operationId().ifPresent(op -> {
            for (AuditEntry e : root.context().changeLog().forOperation(op)) {
                e.changes().forEach(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("entity", e.entity());
                    m.put("entityId", e.entityId());
                    m.put("field", c.field());
                    m.put("old", c.oldValue());
                    m.put("new", c.newValue());
                    changed.add(m);
                });
            }
        });
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("npi", edited.provider().npi());
            m.put("changed", changed);
            root.out().println(Json.write(m));
        } else {
            changed.forEach(c -> root.out().printf("%-20s %-22s %s -> %s%n", c.get("entity"), c.get("field"),
                    c.get("old"), c.get("new")));
            root.err().println(changed.isEmpty() ? "Nothing changed" : Counted.of(changed.size(), "field") + " changed");
        }
    }
}
