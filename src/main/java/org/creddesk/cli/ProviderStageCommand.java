package org.creddesk.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.ProviderStage;
import org.creddesk.workflow.LifecycleService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk providers stage NPI [--set STAGE --reason TEXT] [--json]}: where a provider stands (issue 14). */
@Command(name = "stage", description = "The provider's lifecycle stage and since when; --set moves it by hand "
        + "(a reason is required). Stages: Recruiting, Credentialing, Contracting, Onboarding, Ongoing, Inactive.")
final class ProviderStageCommand implements Runnable {
    @ParentCommand
    ProvidersCommand parent;
    @Parameters(paramLabel = "NPI", description = "The provider's NPI")
    String npi;
    @Option(names = "--set", paramLabel = "STAGE", description = "Move the provider to this stage")
    String set;
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required with --set; kept in the history)")
    String reason;
    @Option(names = "--json", description = "JSON on stdout: {\"stage\", \"since\", \"cause\", \"facts\"}")
    boolean json;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        ProviderFile f = ProvidersCommand.byNpi(root, npi);
        LifecycleService lifecycle = root.context().lifecycle();
        if (set != null) {
            LifecycleStage to = stage(set);
            if (reason == null || reason.isBlank()) {
                throw new CliException(CliException.USAGE, "--reason is required with --set: say why the provider "
                        + "moves to " + to.label());
            }
            EnrollmentsCommand.usage(() -> lifecycle.move(f.id(), to, reason, root.context().manualChange()));
        }
        ProviderStage s = lifecycle.stageOf(f.id());
        if (json) {
            root.out().println(Json.write(json(s)));
        } else {
            root.out().printf("%s since %s (%d days)%n", s.stage().label(), s.since(),
                    s.daysIn(LocalDate.now(root.clock())));
        }
    }

    static Map<String, Object> json(ProviderStage s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", s.stage().label());
        m.put("since", s.since().toString());
        m.put("cause", s.cause().name().toLowerCase());
        m.put("facts", s.facts() == null ? null : s.facts().label());
        return m;
    }

    static LifecycleStage stage(String text) {
        return LifecycleStage.fromName(text).orElseThrow(() -> new CliException(CliException.USAGE, "'" + text
                + "' is not a lifecycle stage; stages: " + java.util.Arrays.stream(LifecycleStage.values())
                .map(LifecycleStage::label).toList()));
    }
}
