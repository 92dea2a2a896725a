package org.creddesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.ProviderFile;
import org.creddesk.sample.SyntheticProviders;
import org.creddesk.server.BenchProbe;
import org.creddesk.server.BundledPostgres;
import org.creddesk.server.Role;
import org.creddesk.server.ServerDatabase;
import org.creddesk.server.SyncServer;
import org.creddesk.server.TeamAdmin;
import org.creddesk.sync.SyncClient;
import org.creddesk.sync.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk bench sync}: a server on the bundled PostgreSQL on loopback; a desktop uploads N providers, a
 * new desktop's first sync is timed against a plain JDBC read of the same rows; push and pull latencies; D
 * desktops' random edits converging; C concurrent desktops syncing every second.
 */
@Command(name = "sync", description = "Team sync benchmark on loopback (bundled PostgreSQL), JSON figures.")
public final class SyncBenchCommand implements Runnable {
    @ParentCommand
    BenchCommand parent;
    @Option(names = "--providers", defaultValue = "100000", description = "Providers of the team a desktop joins")
    int providers;
    @Option(names = "--desks", defaultValue = "20", description = "Desktops making random edits that must converge")
    int desks;
    @Option(names = "--edits", defaultValue = "2500", description = "Random edits per desktop")
    int edits;
    @Option(names = "--concurrent", defaultValue = "50", description = "Desktops syncing every second under load")
    int concurrent;
    @Option(names = "--load-seconds", defaultValue = "60")
    int loadSeconds;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            Path dir = Files.createTempDirectory("creddesk-bench-sync-");
            try (BundledPostgres pg = BundledPostgres.open(dir.resolve("server"));
                 ServerDatabase db = ServerDatabase.open(pg.jdbcUrl(), pg.user(), pg.password());
                 SyncServer server = new SyncServer(db).start(new SyncServer.Options("127.0.0.1", 0, null, null))) {
                String url = "http://127.0.0.1:" + server.port();
                TeamAdmin admin = new TeamAdmin(db);
                firstSync(root, dir, url, admin, db, out);
                latencies(url, admin, out);
                converge(root, dir, url, admin, out);
                load(url, admin, out);
            }
            BenchFigures.delete(dir);
        } catch (java.io.IOException e) {
            throw new CliException(CliException.UNREADABLE, "bench failed: " + e.getMessage());
        }
        root.out().println(Json.write(out));
    }

    private void firstSync(CredDeskCommand root, Path dir, String url, TeamAdmin admin, ServerDatabase db,
                           Map<String, Object> out) {
        LocalDate today = LocalDate.now(root.clock());
        try (AppContext seed = AppContext.open(dir.resolve("seed.db"), root.clock());
             AppContext fresh = AppContext.open(dir.resolve("fresh.db"), root.clock())) {
            ChangeContext source = seed.manualChange().withSource("bench");
            for (int from = 0; from < providers; from += 10_000) {
                seed.providerRepository().saveAll(SyntheticProviders.generate(from, Math.min(10_000, providers - from),
                        today, root.clock()), source);
            }
            seed.sync().join(url, admin.init("big", "seed"));
            long t0 = System.nanoTime();
            seed.sync().now();
            out.put("uploadSeconds", secs(t0));
            fresh.sync().join(url, admin.addUser("big", "fresh", Role.COORDINATOR));
            t0 = System.nanoTime();
            var report = fresh.sync().now();
            double first = secs(t0);
            t0 = System.nanoTime();
            long rows = BenchProbe.plainRead(db, "big");
            double plain = secs(t0);
            out.put("providers", providers);
            out.put("firstSyncSeconds", first);
            out.put("firstSyncChanges", report.pulled());
            out.put("plainJdbcReadSeconds", plain);
            out.put("plainJdbcRows", rows);
            out.put("firstSyncVsPlainRead", BenchFigures.round(first / Math.max(plain, 1e-3)));
        }
    }

    private void latencies(String url, TeamAdmin admin, Map<String, Object> out) {
        SyncClient client = new SyncClient(url, new SyncClient(url, null)
                .enrol(admin.addUser("big", "timer", Role.COORDINATOR), "bench").token());
        List<Double> push = new ArrayList<>();
        long opId = 0;
        for (int round = 0; round < 40; round++) {
            List<Wire.Op> ops = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ops.add(phoneOp(++opId, "bench-" + (round * 100 + i), "555-" + round));
            }
            long t = System.nanoTime();
            client.push(ops);
            push.add((System.nanoTime() - t) / 1e6);
        }
        long start = client.pull(0, 1).cursor();
        List<Double> pull = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            long t = System.nanoTime();
            client.pull(start + round * 100L, 100);
            pull.add((System.nanoTime() - t) / 1e6);
        }
        out.put("push100OpsP95Ms", BenchFigures.pct(push.subList(5, push.size()), 95));
        out.put("pull100ChangesP95Ms", BenchFigures.pct(pull.subList(5, pull.size()), 95));
    }

    private static Wire.Op phoneOp(long opId, String entityId, String phone) {
        Map<String, List<String>> ch = new LinkedHashMap<>();
        ch.put("phone", Arrays.asList(null, phone));
        return new Wire.Op(opId, "provider", entityId, entityId, "UPDATE", ch, Map.of(), Map.of("phone", 0L),
                java.time.Instant.now().toString());
    }

    private void converge(CredDeskCommand root, Path dir, String url, TeamAdmin admin, Map<String, Object> out) {
        LocalDate today = LocalDate.now(root.clock());
        List<AppContext> all = new ArrayList<>();
        try {
            admin.addTeam("edits");
            for (int d = 0; d < desks; d++) {
                AppContext ctx = AppContext.open(dir.resolve("desk" + d + ".db"), root.clock());
                all.add(ctx);
                ctx.sync().join(url, admin.addUser("edits", "desk" + d, Role.COORDINATOR));
            }
            List<ProviderFile> team = SyntheticProviders.generate(0, 500, today, root.clock());
            all.get(0).providerRepository().saveAll(team, all.get(0).manualChange());
            for (AppContext ctx : all) {
                ctx.sync().now();
            }
            Random r = new Random(7);
            for (AppContext ctx : all) {
                for (int done = 0; done < edits; done += 100) {
                    List<ProviderFile> changed = new ArrayList<>();
                    List<Integer> picks = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        picks.add(i);
                    }
                    Collections.shuffle(picks, r);
                    for (int i = 0; i < Math.min(100, edits - done); i++) {
                        ProviderFile f = ctx.providerRepository().load(team.get(picks.get(i)).id()).orElseThrow();
                        changed.add(f.withProvider(withEmail(f, "e" + r.nextInt(1_000_000) + "@bench.test")));
                    }
                    ctx.providerRepository().saveAll(changed, ctx.manualChange());
                }
            }
            long t0 = System.nanoTime();
            int rounds = 0;
            boolean moving = true;
            while (moving && rounds < 10) {
                moving = false;
                rounds++;
                for (AppContext ctx : all) {
                    var rep = ctx.sync().now();
                    moving |= rep.pushed() > 0 || rep.pulled() > 0;
                }
            }
            out.put("convergeDesks", desks);
            out.put("convergeEditsPerDesk", edits);
            out.put("convergeSeconds", secs(t0));
            out.put("convergeRounds", rounds);
            out.put("convergeOpenConflicts", all.get(0).sync().status().openConflicts());
        } finally {
            all.forEach(AppContext::close);
        }
    }

    private static org.creddesk.domain.Provider withEmail(ProviderFile f, String email) {
        var p = f.provider();
        return new org.creddesk.domain.Provider(p.id(), p.firstName(), p.middleName(), p.lastName(), p.suffix(),
                p.degree(), p.dateOfBirth(), p.gender(), p.languages(), email, p.phone(), p.npi(), p.caqhId(),
                p.caqhAttestedOn(), p.medicarePtan(), p.groupNpi(), p.tin(), p.upin(), p.coordinator(),
                p.attestationSignedOn(), p.status());
    }

    private void load(String url, TeamAdmin admin, Map<String, Object> out) {
        admin.addTeam("load");
        List<SyncClient> clients = new ArrayList<>();
        for (int i = 0; i < concurrent; i++) {
            clients.add(new SyncClient(url, new SyncClient(url, null)
                    .enrol(admin.addUser("load", "load" + i, Role.COORDINATOR), "load" + i).token()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrent);
        AtomicInteger errors = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + loadSeconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < concurrent; i++) {
            SyncClient c = clients.get(i);
            int who = i;
            running.add(pool.submit(() -> {
                long cursor = 0;
                long opId = 0;
                Random r = new Random(who);
                while (System.nanoTime() < end) {
                    long tick = System.nanoTime();
                    try {
                        c.push(List.of(phoneOp(++opId, "load-" + r.nextInt(200), "555-" + r.nextInt(100))));
                        latencies.add((System.nanoTime() - tick) / 1e6);
                        long t = System.nanoTime();
                        cursor = c.pull(cursor, 500).cursor();
                        latencies.add((System.nanoTime() - t) / 1e6);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                    long sleep = 1000 - (System.nanoTime() - tick) / 1_000_000;
                    if (sleep > 0) {
                        try {
                            Thread.sleep(sleep);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
        pool.shutdown();
        out.put("loadDesktops", concurrent);
        out.put("loadSeconds", loadSeconds);
        out.put("loadRequests", latencies.size());
        out.put("loadErrors", errors.get());
        out.put("loadP95Ms", BenchFigures.pct(new ArrayList<>(latencies), 95));
    }

    private static double secs(long t0) {
        return BenchFigures.round((System.nanoTime() - t0) / 1e9);
    }
}
