package org.creddesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.workflow.LifecycleStage;
import org.creddesk.domain.workflow.PipelineFilter;
import org.creddesk.sample.SyntheticProviders;
import org.creddesk.store.ProviderSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk bench pipeline --providers N}: the pipeline board's load (exact counts, the first 40 cards of every
 * stage with what blocks them) over N synthetic providers, a few hundred of them moved into each stage.
 */
@Command(name = "pipeline", description = "Time the pipeline board's load on synthetic providers.")
public final class PipelineBenchCommand implements Runnable {
    @ParentCommand
    BenchCommand parent;
    @Option(names = "--providers", defaultValue = "100000")
    int providers;
    @Option(names = "--runs", defaultValue = "20")
    int runs;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        try {
            Path dir = Files.createTempDirectory("creddesk-bench-");
            try (AppContext ctx = AppContext.open(dir.resolve("bench.db"), root.clock())) {
                LocalDate today = LocalDate.now(root.clock());
                ChangeContext source = ctx.manualChange().withSource("bench");
                for (int from = 0; from < providers; from += 10_000) {
                    ctx.providerRepository().saveAll(SyntheticProviders.generate(from,
                            Math.min(10_000, providers - from), today, root.clock()), source);
                }
                List<ProviderSummary> some = ctx.providers().search("", false, ProviderSort.NAME, 0,
                        Math.min(providers, 1000));
                LifecycleStage[] stages = LifecycleStage.values();
                for (int i = 0; i < some.size(); i++) {
                    LifecycleStage to = stages[1 + i % (stages.length - 1)];
                    ctx.lifecycle().move(some.get(i).id(), to, "bench", source);
                }
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                List<Double> all = new ArrayList<>();
                List<Double> filtered = new ArrayList<>();
                List<Double> counts = new ArrayList<>();
                List<Double> cards = new ArrayList<>();
                long cpu0 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < runs; i++) {
                    long s = System.nanoTime();
                    ctx.lifecycle().pipeline(PipelineFilter.ALL, 40);
                    all.add((System.nanoTime() - s) / 1e6);
                    s = System.nanoTime();
                    ctx.lifecycle().pipeline(new PipelineFilter(null, null, "207", "MA"), 40);
                    filtered.add((System.nanoTime() - s) / 1e6);
                }
                for (int i = 0; i < runs; i++) {
                    long s = System.nanoTime();
                    ctx.lifecycle().pipeline(PipelineFilter.ALL, 0);
                    counts.add((System.nanoTime() - s) / 1e6);
                    s = System.nanoTime();
                    ctx.lifecycle().pipeline(PipelineFilter.ALL, 40, false);
                    cards.add((System.nanoTime() - s) / 1e6);
                }
                double cpuMsPerLoad = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / (4.0 * runs);
                root.out().println(Json.write(ProviderJson.of(
                        "providers", providers,
                        "boardMs", ProviderJson.of("p50", BenchFigures.pct(all, 50), "p95", BenchFigures.pct(all, 95),
                                "count", all.size()),
                        "filteredBoardMs", ProviderJson.of("p50", BenchFigures.pct(filtered, 50), "p95",
                                BenchFigures.pct(filtered, 95), "count", filtered.size()),
                        "countsOnlyMs", ProviderJson.of("p50", BenchFigures.pct(counts, 50), "p95",
                                BenchFigures.pct(counts, 95), "count", counts.size()),
                        "cardsWithoutBlocksMs", ProviderJson.of("p50", BenchFigures.pct(cards, 50), "p95",
                                BenchFigures.pct(cards, 95), "count", cards.size()),
                        "cpuMsPerLoad", BenchFigures.round(cpuMsPerLoad),
                        "loadAverage", BenchFigures.round(java.lang.management.ManagementFactory
                                .getOperatingSystemMXBean().getSystemLoadAverage()))));
            }
            BenchFigures.delete(dir);
        } catch (java.io.IOException e) {
            throw new CliException(CliException.UNREADABLE, "Benchmark failed: " + e.getMessage());
        }
    }
}
