package org.creddesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.License;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.sample.SyntheticProviders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk bench deadlines --providers N}: full recompute of the deadline table, the dashboard queries'
 * p95, and the time to refresh one provider's deadlines by saving an edit (which includes the save itself).
 */
@Command(name = "deadlines", description = "Time the deadline engine on synthetic providers.")
public final class DeadlineBenchCommand implements Runnable {
    @ParentCommand
    BenchCommand parent;
    @Option(names = "--providers", defaultValue = "100000")
    int providers;
    @Option(names = "--keep", description = "Keep the benchmark database (it is written to a temp folder)")
    boolean keep;

    @Override
    public void run() {
        int windowRows = 0;
        CredDeskCommand root = parent.root;
        Path dir;
        try {
            dir = Files.createTempDirectory("creddesk-bench-deadlines-");
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Benchmark failed: " + e.getMessage());
        }
        try (AppContext ctx = AppContext.open(dir.resolve("bench.db"), root.clock())) {
            LocalDate today = LocalDate.now(root.clock());
            ChangeContext source = ctx.manualChange().withSource("bench");
            long t0 = System.nanoTime();
            for (int from = 0; from < providers; from += 10_000) {
                ctx.providerRepository().saveAll(SyntheticProviders.generate(from, Math.min(10_000, providers - from),
                        today, root.clock()), source);
            }
            double insertSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            int derived = ctx.deadlines().recomputeAll(null);
            double recomputeSeconds = (System.nanoTime() - t0) / 1e9;

            List<Double> dashboard = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                LocalDate day = today.plusDays(i);
                long s = System.nanoTime();
                ctx.deadlines().dashboard(day);
                ctx.deadlines().find(new DeadlineQuery(day, 30, null, null, null, false, false, 200));
                dashboard.add((System.nanoTime() - s) / 1e6);
            }
            // What the window's dashboard loads: the counts and up to 5,000 rows of the chosen filter.
            List<Double> window = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                LocalDate day = today.plusDays(i);
                long s = System.nanoTime();
                ctx.deadlines().dashboard(day);
                int rows = ctx.deadlines().find(new DeadlineQuery(day, i % 2 == 0 ? 30 : 90, null, null, null, false,
                        false, 5000)).size();
                window.add((System.nanoTime() - s) / 1e6);
                windowRows = Math.max(windowRows, rows);
            }
            List<Double> refresh = new ArrayList<>();
            Random r = new Random(7);
            for (int i = 0; i < 100; i++) {
                String id = ctx.providerRepository().idByNpi(SyntheticProviders.npi(r.nextInt(providers))).orElseThrow();
                ProviderFile f = ctx.providers().load(id).orElseThrow();
                List<License> renewed = f.licenses().stream().map(l -> new License(l.id(), l.providerId(), l.state(),
                        l.type(), l.number(), l.issued(), l.expires() == null ? today.plusYears(2)
                        : l.expires().plusYears(2), l.status())).toList();
                long s = System.nanoTime();
                ctx.providerRepository().save(f.withLicenses(renewed), source);
                refresh.add((System.nanoTime() - s) / 1e6);
            }
            root.out().println(Json.write(ProviderJson.of(
                    "providers", providers,
                    "deadlines", derived,
                    "bulkInsertWithDeadlinesSeconds", BenchFigures.round(insertSeconds),
                    "fullRecomputeSeconds", BenchFigures.round(recomputeSeconds),
                    "dashboardMs", ProviderJson.of("p50", BenchFigures.pct(dashboard, 50),
                            "p95", BenchFigures.pct(dashboard, 95), "count", dashboard.size()),
                    "windowDashboardMs", ProviderJson.of("p50", BenchFigures.pct(window, 50),
                            "p95", BenchFigures.pct(window, 95), "count", window.size(), "rows", windowRows),
                    "loadAverage", BenchFigures.round(java.lang.management.ManagementFactory
                            .getOperatingSystemMXBean().getSystemLoadAverage()),
                    "saveAndRefreshOneProviderMs", ProviderJson.of("p50", BenchFigures.pct(refresh, 50),
                            "p95", BenchFigures.pct(refresh, 95), "count", refresh.size()),
                    "targets", ProviderJson.of("dashboardP95Ms", 50, "refreshOneProviderMs", 10,
                            "fullRecomputeSeconds", 30))));
        } finally {
            if (keep) {
                root.err().println("Benchmark database kept at " + dir.resolve("bench.db"));
                return;
            }
            try {
                BenchFigures.delete(dir);
            } catch (IOException e) {
                root.err().println("Could not remove the benchmark folder " + dir);
            }
        }
    }
}
