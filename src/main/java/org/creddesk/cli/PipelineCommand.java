package org.creddesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.TaxonomyDescriptions;
import org.creddesk.domain.workflow.PipelineCard;
import org.creddesk.domain.workflow.PipelineFilter;
import org.creddesk.workflow.Blocker;
import org.creddesk.workflow.PipelineEntry;
import org.creddesk.workflow.PipelineStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk pipeline [filters] [--json]}: one entry per lifecycle stage with its providers (issue 14). */
@Command(name = "pipeline", description = "Providers by lifecycle stage: per stage the exact count and the providers "
        + "longest in it first, with days in stage, whether past the stage's expected days, and what blocks them.")
final class PipelineCommand implements Runnable {
    @ParentCommand
    CredDeskCommand root;
    @Option(names = "--coordinator", paramLabel = "USER", description = "Only providers of this coordinator")
    String coordinator;
    @Option(names = "--payer", paramLabel = "NAME", description = "Only providers with an enrollment with this payer")
    String payer;
    @Option(names = "--specialty", paramLabel = "CODE", description = "Only providers with this taxonomy code "
            + "(or code start, e.g. 207Q)")
    String specialty;
    @Option(names = "--state", paramLabel = "ST", description = "Only providers practising in this state")
    String state;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "At most N providers listed per stage (counts stay exact; default ${DEFAULT-VALUE})")
    int limit;
    @Option(names = "--json", description = "JSON array on stdout, one entry per stage")
    boolean json;

    @Override
    public void run() {
        if (limit < 0) {
            throw new CliException(CliException.USAGE, "--limit must be 0 or more, not " + limit);
        }
        var app = root.context();
        String payerId = payer == null ? null : app.enrollments().payerNamed(payer).id();
        List<PipelineStage> stages = app.lifecycle().pipeline(new PipelineFilter(coordinator, payerId, specialty,
                state), limit);
        TaxonomyDescriptions codes = app.taxonomy().descriptions();
        if (json) {
            root.out().println(Json.write(stages.stream().map(s -> json(s, codes)).toList()));
            return;
        }
        for (PipelineStage s : stages) {
            root.out().printf("%s: %d%s%n", s.stage().label(), s.total(),
                    s.expectedDays() == null ? "" : " (expected " + s.expectedDays() + " days)");
            for (PipelineEntry e : s.entries()) {
                root.out().printf("  %-10s  %-30s  %4d days%s%n", e.card().npi(), e.card().displayName(),
                        e.daysInStage(), e.overdue() ? "  OVERDUE" : "");
            }
        }
    }

    private static Map<String, Object> json(PipelineStage s, TaxonomyDescriptions codes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", s.stage().label());
        m.put("count", s.total());
        m.put("expectedDays", s.expectedDays());
        List<Map<String, Object>> providers = new ArrayList<>();
        for (PipelineEntry e : s.entries()) {
            PipelineCard c = e.card();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("npi", c.npi());
            p.put("name", c.displayName());
            p.put("specialty", c.specialty());
            p.put("specialtyName", c.specialty() == null ? null : codes.shown(c.specialty(), null));
            p.put("state", c.state());
            p.put("coordinator", c.coordinator());
            p.put("since", c.since().toString());
            p.put("daysInStage", e.daysInStage());
            p.put("overdue", e.overdue());
            p.put("blocks", e.blocks().stream().map(PipelineCommand::block).toList());
            providers.add(p);
        }
        m.put("providers", providers);
        return m;
    }

    private static String block(Blocker b) {
        return b.detail() == null ? b.subject() : b.subject() + ": " + b.detail();
    }
}
