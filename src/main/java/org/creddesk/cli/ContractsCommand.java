package org.creddesk.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Contract;
import org.creddesk.domain.workflow.ContractFacts;
import org.creddesk.domain.workflow.ContractKind;
import org.creddesk.workflow.ContractService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk contracts add|list|end}: a provider's payer contracts (issue 14). */
@Command(name = "contracts", description = "Payer contracts of a provider: kind, term, renewal notice, fee schedule.",
        subcommands = {ContractsCommand.AddCommand.class, ContractsCommand.ListCommand.class,
                ContractsCommand.EndCommand.class})
public final class ContractsCommand {
    @ParentCommand
    CredDeskCommand root;

    @Command(name = "add", description = "Add a contract of a provider with a payer; its notice date (end date minus "
            + "notice days) becomes a contract-renewal deadline.")
    static final class AddCommand implements Runnable {
        @ParentCommand
        ContractsCommand parent;
        @Parameters(paramLabel = "NPI", description = "The provider's NPI")
        String npi;
        @Option(names = "--payer", required = true, paramLabel = "NAME", description = "The payer")
        String payer;
        @Option(names = "--kind", paramLabel = "KIND", defaultValue = "participating",
                description = "participating or single-case (default ${DEFAULT-VALUE})")
        String kind;
        @Option(names = "--effective", paramLabel = "YYYY-MM-DD", description = "The first day of the contract")
        LocalDate effective;
        @Option(names = "--end", paramLabel = "YYYY-MM-DD", description = "The last day of its term")
        LocalDate end;
        @Option(names = "--auto-renew", description = "It renews by itself unless notice is given")
        boolean autoRenew;
        @Option(names = "--notice-days", paramLabel = "N", description = "Days before the end that notice is due")
        Integer noticeDays;
        @Option(names = "--fee-schedule", paramLabel = "NAME", description = "The fee schedule's name")
        String feeSchedule;
        @Option(names = "--document", paramLabel = "ID", description = "The signed copy: one of the provider's documents")
        String document;
        @Option(names = "--json", description = "JSON on stdout: the contract")
        boolean json;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            ProviderFile f = ProvidersCommand.byNpi(root, npi);
            var app = root.context();
            ContractKind k = ContractKind.fromCode(kind).orElseThrow(() -> new CliException(CliException.USAGE,
                    "'" + kind + "' is not a contract kind; kinds: participating, single-case"));
            String payerId = app.enrollments().payerNamed(payer).id();
            Contract c = EnrollmentsCommand.usage(() -> app.contracts().add(f.id(), new ContractService.Terms(payerId,
                    k, effective, end, autoRenew, noticeDays, feeSchedule, document), app.manualChange()));
            print(root, app.contracts().forProvider(f.id()).stream()
                    .filter(x -> x.contract().id().equals(c.id())).findFirst().orElseThrow(), json);
        }
    }

    @Command(name = "list", description = "The provider's contracts, oldest first.")
    static final class ListCommand implements Runnable {
        @ParentCommand
        ContractsCommand parent;
        @Parameters(paramLabel = "NPI", description = "The provider's NPI")
        String npi;
        @Option(names = "--json", description = "JSON array on stdout")
        boolean json;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            ProviderFile f = ProvidersCommand.byNpi(root, npi);
            List<ContractFacts> all = root.context().contracts().forProvider(f.id());
            if (json) {
                root.out().println(Json.write(all.stream().map(ContractsCommand::json).toList()));
            } else {
                all.forEach(c -> print(root, c, false));
                root.err().println(all.size() + " contracts");
            }
        }
    }

    @Command(name = "end", description = "End a contract early (it no longer counts nor has a renewal deadline).")
    static final class EndCommand implements Runnable {
        @ParentCommand
        ContractsCommand parent;
        @Parameters(paramLabel = "CONTRACT", description = "The contract's id (contracts list shows it)")
        String id;
        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day it ends (default today)")
        LocalDate on;
        @Option(names = "--json", description = "JSON on stdout: the contract")
        boolean json;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            var app = root.context();
            Contract ended = EnrollmentsCommand.usage(() -> app.contracts().end(id, on, app.manualChange()));
            print(root, app.contracts().forProvider(ended.providerId()).stream()
                    .filter(x -> x.contract().id().equals(ended.id())).findFirst().orElseThrow(), json);
        }
    }

    private static void print(CredDeskCommand root, ContractFacts c, boolean json) {
        if (json) {
            root.out().println(Json.write(json(c)));
        } else {
            Contract k = c.contract();
            root.out().printf("%s  %-20s  %-13s  %s to %s%s%s%n", k.id(), c.payerName(), k.kind().code(),
                    k.effectiveOn() == null ? "?" : k.effectiveOn(), k.endsOn() == null ? "open" : k.endsOn(),
                    k.noticeDate().map(d -> "  notice by " + d).orElse(""),
                    k.terminatedOn() == null ? "" : "  ended " + k.terminatedOn());
        }
    }

    static Map<String, Object> json(ContractFacts c) {
        Contract k = c.contract();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("payer", c.payerName());
        m.put("kind", k.kind().code());
        m.put("effective", k.effectiveOn());
        m.put("end", k.endsOn());
        m.put("autoRenews", k.autoRenews());
        m.put("noticeDays", k.noticeDays());
        m.put("noticeDate", k.noticeDate().orElse(null));
        m.put("feeSchedule", k.feeSchedule());
        m.put("document", k.documentId());
        m.put("endedOn", k.terminatedOn());
        return m;
    }
}
