package org.creddesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.sample.SyntheticProviders;
import org.creddesk.store.ProviderSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk bench store --providers N}: bulk insert, search and open latencies, file size. */
@Command(name = "store", description = "Build a store of synthetic providers and time insert, search and open.")
public final class StoreBenchCommand implements Runnable {
    @ParentCommand
    BenchCommand parent;
    @Option(names = "--providers", defaultValue = "100000")
    int providers;
    @Option(names = "--keep", description = "Keep the benchmark database (it is written to a temp folder)")
    boolean keep;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        try {
            Path dir = Files.createTempDirectory("creddesk-bench-");
            Path dbFile = dir.resolve("bench.db");
            try (AppContext ctx = AppContext.open(dbFile, root.clock())) {
                LocalDate today = LocalDate.now(root.clock());
                ChangeContext source = ctx.manualChange().withSource("bench");
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                int batch = 10_000;
                for (int from = 0; from < providers; from += batch) {
                    ctx.providerRepository().saveAll(SyntheticProviders.generate(from,
                            Math.min(batch, providers - from), today, root.clock()), source);
                }
                double insertSeconds = (System.nanoTime() - t0) / 1e9;
                // This thread's CPU time (SQLite runs on it): steadier than wall time while others build on the cores.
                double insertCpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                Random r = new Random(42);
                List<Double> search = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int k = r.nextInt(providers);
                    String q = i % 2 == 0 ? SyntheticProviders.lastName(k).substring(0, 4) : SyntheticProviders.npi(k);
                    long s = System.nanoTime();
                    var page = ctx.providers().search(q, false, ProviderSort.NAME, 0, 100);
                    search.add((System.nanoTime() - s) / 1e6);
                    if (!page.isEmpty()) {
                        ids.add(page.get(0).id());
                    }
                }
                List<Double> open = new ArrayList<>();
                for (String id : ids) {
                    long s = System.nanoTime();
                    ctx.providers().load(id).orElseThrow();
                    open.add((System.nanoTime() - s) / 1e6);
                }
                // The provider list's first page in each order it offers, sorted in SQL over every provider.
                List<Double> listPages = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    ProviderSort sort = ProviderSort.values()[i % ProviderSort.values().length];
                    long s = System.nanoTime();
                    ctx.providers().search("", false, sort, i < 20 ? 0 : providers / 2, 100);
                    listPages.add((System.nanoTime() - s) / 1e6);
                }
                long size = Files.size(dbFile) + sizeIfExists(dir.resolve("bench.db-wal"));
                root.out().println(Json.write(ProviderJson.of(
                        "providers", providers,
                        "bulkInsertSeconds", BenchFigures.round(insertSeconds),
                        "bulkInsertCpuSeconds", BenchFigures.round(insertCpuSeconds),
                        "loadAverage", BenchFigures.round(java.lang.management.ManagementFactory
                                .getOperatingSystemMXBean().getSystemLoadAverage()),
                        "searchMs", ProviderJson.of("p50", BenchFigures.pct(search, 50), "p95", BenchFigures.pct(search, 95), "count", search.size()),
                        "openMs", ProviderJson.of("p50", BenchFigures.pct(open, 50), "p95", BenchFigures.pct(open, 95), "count", open.size()),
                        "listPageMs", ProviderJson.of("p50", BenchFigures.pct(listPages, 50), "p95",
                                BenchFigures.pct(listPages, 95), "count", listPages.size()),
                        "databaseBytes", size,
                        "targets", ProviderJson.of("searchP95Ms", 30, "openP95Ms", 20, "bulkInsertSeconds", 15))));
            }
            if (!keep) {
                BenchFigures.delete(dir);
            } else {
                root.err().println("Benchmark database kept at " + dbFile);
            }
        } catch (java.io.IOException e) {
            throw new CliException(CliException.UNREADABLE, "Benchmark failed: " + e.getMessage());
        }
    }

    private static long sizeIfExists(Path p) throws java.io.IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

}
