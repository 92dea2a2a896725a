package org.creddesk.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ClaimsHistory;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Checklist;
import org.creddesk.domain.workflow.ChecklistItem;
import org.creddesk.domain.workflow.CredentialingProgram;
import org.creddesk.domain.workflow.DecisionMaker;
import org.creddesk.domain.workflow.DecisionOutcome;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.domain.workflow.VerificationMethod;
import org.creddesk.workflow.DecisionService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk checklist start|show|templates|template}, {@code verify}, {@code decision} and {@code blocks}: credentialing. */
final class CredentialingCommand {
    private CredentialingCommand() {
    }

    @Command(name = "checklist", description = "Start and show credentialing, enrollment and privileges checklists.",
            subcommands = {StartCommand.class, ShowCommand.class, ChecklistTemplateCommand.ListTemplates.class,
                    ChecklistTemplateCommand.TemplateCommand.class})
    static final class ChecklistCommand {
        @ParentCommand
        CredDeskCommand root;
    }

    @Command(name = "start", description = "Start a checklist from a template: initial-credentialing, "
            + "recredentialing, payer-enrollment, hospital-privileges, or any code of `checklist templates`.")
    static final class StartCommand implements Runnable {
        @ParentCommand
        ChecklistCommand parent;
        @Parameters(index = "0", paramLabel = "NPI")
        String npi;
        @Parameters(index = "1", paramLabel = "TEMPLATE")
        String template;
        @Option(names = "--committee", paramLabel = "YYYY-MM-DD", description = "Planned committee date")
        LocalDate committee;
        @Option(names = "--cvo", description = "CVO certification program (90-day verifications)")
        boolean cvo;
        @Option(names = "--payer", paramLabel = "NAME", description = "Payer enrollment for this payer: its own "
                + "template when it has one, else the generic one")
        String payer;

        @Override
        public void run() {
            AppContext app = parent.root.context();
            ProviderFile f = ProvidersCommand.byNpi(parent.root, npi);
            String payerId = payer == null ? null : app.enrollments().payerNamed(payer).id();
            Checklist c = ChecklistTemplateCommand.refusable(() -> app.checklists().start(f.id(), template, payerId,
                    cvo ? CredentialingProgram.CVO_CERTIFICATION : CredentialingProgram.ACCREDITATION, committee,
                    app.manualChange()));
            parent.root.out().println(Json.write(checklist(app, c)));
        }
    }

    @Command(name = "show", description = "The checklists of a provider with their items.")
    static final class ShowCommand implements Runnable {
        @ParentCommand
        ChecklistCommand parent;
        @Parameters(paramLabel = "NPI")
        String npi;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            AppContext app = parent.root.context();
            ProviderFile f = ProvidersCommand.byNpi(parent.root, npi);
            parent.root.out().println(Json.write(app.checklists().forProvider(f.id()).stream()
                    .map(c -> checklist(app, c)).toList()));
        }
    }

    static Map<String, Object> checklist(AppContext app, Checklist c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("kind", c.kind().name().toLowerCase());
        m.put("program", c.program().name().toLowerCase());
        m.put("startedOn", c.startedOn().toString());
        m.put("plannedCommittee", c.plannedCommittee() == null ? null : c.plannedCommittee().toString());
        m.put("closedOn", c.closedOn() == null ? null : c.closedOn().toString());
        List<Map<String, Object>> items = app.checklists().items(c.id()).stream().map(CredentialingCommand::item).toList();
        m.put("items", items);
        return m;
    }

    static Map<String, Object> item(ChecklistItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("kind", i.kind().name().toLowerCase());
        m.put("label", i.label());
        m.put("required", i.required());
        m.put("element", i.element() == null ? null : i.element().name().toLowerCase());
        m.put("credentialId", i.credentialId());
        m.put("status", i.status().name().toLowerCase());
        m.put("waiverReason", i.waiverReason());
        return m;
    }

    @Command(name = "verify", description = "Record a primary-source verification of one element.")
    static final class VerifyCommand implements Runnable {
        @ParentCommand
        CredDeskCommand root;
        @Parameters(paramLabel = "NPI")
        String npi;
        @Option(names = "--element", required = true, description = "license, dea_cds, education, "
                + "board_certification, work_history, malpractice_history, sanctions")
        String element;
        @Option(names = "--credential", paramLabel = "NUMBER", description = "License or DEA/CDS number verified")
        String credential;
        @Option(names = "--source", required = true)
        String source;
        @Option(names = "--method", defaultValue = "web", description = "web, letter, phone, alert_service")
        String method;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate date;
        @Option(names = "--verifier", required = true)
        String verifier;
        @Option(names = "--seen", description = "The value seen at the source")
        String seen;

        @Override
        public void run() {
            AppContext app = root.context();
            ProviderFile f = ProvidersCommand.byNpi(root, npi);
            VerificationElement e = EnrollmentsCommand.usage(() -> VerificationElement.valueOf(
                    element.strip().toUpperCase().replace('-', '_')));
            VerificationMethod m = EnrollmentsCommand.usage(() -> VerificationMethod.valueOf(
                    method.strip().toUpperCase().replace('-', '_')));
            String credentialId = credential == null ? null : credentialId(f, credential);
            Verification v = new Verification(app.providers().newId(), f.id(), e, credentialId, source, m, date,
                    verifier, null, seen);
            EnrollmentsCommand.usage(() -> app.decisions().recordVerification(v, app.manualChange()));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", v.id());
            out.put("element", e.name().toLowerCase());
            out.put("verifiedOn", date.toString());
            if (e == VerificationElement.MALPRACTICE_HISTORY) {
                // Which claims this verification covers: the claims-history window back from its date.
                int years = app.deadlinePolicy().settings().claimsHistoryYears();
                out.put("claimsHistorySince", ClaimsHistory.windowStart(date, years).toString());
                out.put("claimsInWindow", ClaimsHistory.inWindow(f.malpracticeClaims(), date, years).stream()
                        .map(c -> ProviderJson.of("id", c.id(), "claimDate", c.claimDate(), "status",
                                c.status().name().toLowerCase(), "amount", c.amount(), "description",
                                c.description())).toList());
                out.put("olderClaims", ClaimsHistory.olderThanWindow(f.malpracticeClaims(), date, years));
            }
            root.out().println(Json.write(out));
        }

        private static String credentialId(ProviderFile f, String number) {
            return f.licenses().stream().filter(l -> number.equals(l.number())).map(l -> l.id()).findFirst()
                    .or(() -> f.registrations().stream().filter(r -> number.equals(r.number())).map(r -> r.id())
                            .findFirst())
                    .orElseThrow(() -> new CliException(CliException.USAGE, "NPI " + f.provider().npi()
                            + " has no license or DEA/CDS number '" + number + "'"));
        }
    }

    @Command(name = "decision", description = "Record a credentialing decision; refused while a required "
            + "verification is missing or stale on the decision date (exit 4, reasons on stderr).")
    static final class DecisionCommand implements java.util.concurrent.Callable<Integer> {
        static final int REFUSED = 4;
        @ParentCommand
        CredDeskCommand root;
        @Parameters(paramLabel = "NPI")
        String npi;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Outcome outcome;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Decision date (default: today)")
        LocalDate date;
        @Option(names = "--medical-director", description = "Decided by the medical director (default: committee)")
        boolean medicalDirector;
        @Option(names = "--cvo", description = "CVO certification program when no checklist is open")
        boolean cvo;
        @Option(names = "--note")
        String note;

        static final class Outcome {
            @Option(names = "--approve", required = true)
            boolean approve;
            @Option(names = "--deny", required = true)
            boolean deny;
            @Option(names = "--defer", required = true)
            boolean defer;
        }

        @Override
        public Integer call() {
            AppContext app = root.context();
            ProviderFile f = ProvidersCommand.byNpi(root, npi);
            DecisionOutcome o = outcome.approve ? DecisionOutcome.APPROVE
                    : outcome.deny ? DecisionOutcome.DENY : DecisionOutcome.DEFER;
            LocalDate on = date == null ? LocalDate.now(root.clock()) : date;
            DecisionService.Result r = app.decisions().decide(f.id(), o,
                    medicalDirector ? DecisionMaker.MEDICAL_DIRECTOR : DecisionMaker.COMMITTEE, on,
                    cvo ? CredentialingProgram.CVO_CERTIFICATION : CredentialingProgram.ACCREDITATION, note,
                    app.manualChange());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("recorded", r.recorded());
            m.put("outcome", o.name().toLowerCase());
            m.put("date", on.toString());
            m.put("reasons", r.reasons());
            root.out().println(Json.write(m));
            if (!r.recorded()) {
                r.reasons().forEach(root.err()::println);
                return REFUSED;
            }
            return 0;
        }
    }

    @Command(name = "blocks", description = "What blocks this file: everything to act on, in order.")
    static final class BlocksCommand implements Runnable {
        @ParentCommand
        CredDeskCommand root;
        @Parameters(paramLabel = "NPI")
        String npi;
        @Option(names = "--json")
        boolean json;

        @Override
        public void run() {
            ProviderFile f = ProvidersCommand.byNpi(root, npi);
            var blockers = root.context().whatBlocks().of(f.id());
            if (json) {
                root.out().println(Json.write(blockers.stream().map(WorkflowJson::blocker).toList()));
            } else {
                blockers.forEach(b -> root.out().printf("%-20s %s%s%n", b.category().name().toLowerCase(), b.subject(),
                        b.detail() == null ? "" : ": " + b.detail()));
            }
        }
    }
}
