package org.creddesk.cli;

import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.TaxonomyDescriptions;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.ProviderSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk providers list|show|history|set}. */
@Command(name = "providers", description = "List, show, trace and edit provider files; their lifecycle stage.",
        subcommands = {ProvidersCommand.ListCommand.class, ProvidersCommand.ShowCommand.class,
                ProvidersCommand.HistoryCommand.class, ProviderSetCommand.class,
                ProviderStageCommand.class})
public final class ProvidersCommand {
    @ParentCommand
    CredDeskCommand root;

    static ProviderFile byNpi(CredDeskCommand root, String npi) {
        return root.context().providers().findByNpi(npi.strip())
                .orElseThrow(() -> new NotFoundException("No provider with NPI " + npi));
    }

    @Command(name = "list", description = "Active providers (all with --all), optionally filtered by a search.")
    static final class ListCommand implements Runnable {
        @ParentCommand
        ProvidersCommand parent;
        @Option(names = "--json", description = "JSON array on stdout")
        boolean json;
        @Option(names = "--all", description = "Include retired providers")
        boolean all;
        @Option(names = "--search", paramLabel = "TEXT", description = "Name, NPI, license number or CAQH id")
        String search;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            var service = root.context().providers();
            List<ProviderSummary> rows = service.search(search, all, ProviderSort.NAME, 0, Integer.MAX_VALUE);
            TaxonomyDescriptions codes = root.context().taxonomy().descriptions();
            if (json) {
                root.out().println(Json.write(rows.stream().map(s -> ProviderJson.summary(s, codes)).toList()));
            } else {
                for (ProviderSummary s : rows) {
                    root.out().printf("%-10s  %-30s  %-12s  %-4s %s%n", s.npi(), s.lastName() + ", " + s.firstName(),
                            s.primaryTaxonomy() == null ? "" : s.primaryTaxonomy(), s.state() == null ? "" : s.state(),
                            codes.shown(s.primaryTaxonomy(), null));
                }
                root.err().println(rows.size() + " providers");
            }
        }
    }

    @Command(name = "show", description = "One provider file, whole.")
    static final class ShowCommand implements Runnable {
        @ParentCommand
        ProvidersCommand parent;
        @Parameters(paramLabel = "NPI")
        String npi;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            ProviderFile f = byNpi(parent.root, npi);
            var context = parent.root.context();
            java.util.Map<String, Object> m = ProviderJson.file(f, LocalDate.now(parent.root.clock()),
                    context.deadlinePolicy().settings().claimsHistoryYears());
            // Ongoing monitoring (issue 6): the last exclusion screening and the day the next one is due.
            var screening = parent.root.context().screening();
            m.put("lastScreened", screening.lastScreened(f.id()).orElse(null));
            m.put("nextScreeningDue", screening.nextScreeningDue(f.id()));
            m.put("lastScreeningResult", screening.latestResult(f.id()).map(r -> r.label()).orElse(null));
            // The NUCC description beside each code (issue 11); a code the code set lacks is a warning, not an error.
            TaxonomyDescriptions codes = context.taxonomy().descriptions();
            ProviderJson.taxonomyDescriptions(m, f, codes);
            parent.root.out().println(Json.write(m));
            f.taxonomies().forEach(t -> codes.warning(t.code())
                    .ifPresent(w -> parent.root.err().println("Warning: taxonomy " + w)));
        }
    }

    @Command(name = "history", description = "The change log of one provider: who changed what, when, from where.")
    static final class HistoryCommand implements Runnable {
        @ParentCommand
        ProvidersCommand parent;
        @Parameters(paramLabel = "NPI")
        String npi;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            ProviderFile f = byNpi(parent.root, npi);
            List<AuditEntry> entries = parent.root.context().providers().history(f.id());
            if (json) {
                parent.root.out().println(Json.write(entries.stream().map(ProviderJson::audit).toList()));
            } else {
                for (AuditEntry e : entries) {
                    e.changes().forEach(c -> parent.root.out().printf("%s  %-8s %-6s %-20s %-22s %s -> %s%n",
                            e.at(), e.actor(), e.action(), e.entity(), c.field(), c.oldValue(), c.newValue()));
                }
            }
        }
    }
}
