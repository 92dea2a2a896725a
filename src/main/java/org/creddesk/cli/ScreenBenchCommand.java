package org.creddesk.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.monitoring.ScreeningService;
import org.creddesk.sample.SyntheticProviders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk bench screen --providers N --list-rows M}: a store of N synthetic providers, a synthetic LEIE
 * UPDATED.csv of M fictitious rows (some planted on synthetic providers' names, dates of birth and NPIs), then the
 * list import and the screening of everyone, timed. The baseline is a plain line-by-line read of the same file.
 */
@Command(name = "screen", description = "Time list import and screening of synthetic providers.")
public final class ScreenBenchCommand implements Runnable {
    private static final String[] FIRST = {"Anna", "Miguel", "Priya", "James", "Linh", "Sofia", "David", "Aisha",
        "Tomasz", "Grace", "Kenji", "Fatima", "Liam", "Chloe", "Omar", "Hannah", "Ravi", "Elena", "Marcus", "Yuki"};
    private static final String[] STATES = {"MA", "TX", "IL", "CA", "NY", "NJ", "FL", "OH", "PA", "WA"};

    @ParentCommand
    BenchCommand parent;
    @Option(names = "--providers", defaultValue = "100000")
    int providers;
    @Option(names = "--list-rows", defaultValue = "80000")
    int listRows;
    @Option(names = "--dir", paramLabel = "DIR", description = "Keep the benchmark store in DIR and reuse its "
            + "providers on the next run (default: a temp folder, deleted)")
    Path keepDir;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        Path dir = null;
        try {
            dir = keepDir != null ? Files.createDirectories(keepDir) : Files.createTempDirectory("creddesk-bench-screen-");
            Path list = writeList(dir.resolve("UPDATED.csv"));
            try (AppContext ctx = AppContext.open(dir.resolve("bench.db"), root.clock())) {
                LocalDate today = LocalDate.now(root.clock());
                ChangeContext source = ctx.manualChange().withSource("bench");
                long t0 = System.nanoTime();
                int existing = ctx.providerRepository().count(null, false);
                for (int from = existing; from < providers; from += 10_000) {
                    ctx.providerRepository().saveAll(SyntheticProviders.generate(from,
                            Math.min(10_000, providers - from), today, root.clock()), source);
                }
                double setup = seconds(t0);
                long r0 = System.nanoTime();
                long lines = rawRead(list);
                double raw = seconds(r0);
                ScreeningService service = ctx.screening();
                long i0 = System.nanoTime();
                long ic = cpu();
                var imported = service.importList(list, ListSource.LEIE, today, source, Progress.NONE);
                double importSeconds = seconds(i0);
                double importCpu = (cpu() - ic) / 1e9;
                long s0 = System.nanoTime();
                long sc = cpu();
                ScreeningService.Outcome out = service.screenAll(source, Progress.NONE);
                double screenSeconds = seconds(s0);
                double screenCpu = (cpu() - sc) / 1e9;
                // The next day's list is an alert for everyone just screened: their screenings come forward to
                // within 30 days of it, in the import's transaction.
                long a0 = System.nanoTime();
                int broughtForward = service.importList(list, ListSource.LEIE, today.plusDays(1), source,
                        Progress.NONE).screeningsBroughtForward();
                double alertImportSeconds = seconds(a0);
                Map<String, Integer> byStrength = new TreeMap<>();
                for (ScreeningHit h : out.hits()) {
                    byStrength.merge(h.strength().label(), 1, Integer::sum);
                }
                root.out().println(Json.write(ProviderJson.of(
                        "providers", providers,
                        "listRows", imported.version().rowCount(),
                        "fileBytes", Files.size(list),
                        "providerSetupSeconds", BenchFigures.round(setup),
                        "rawReadSeconds", BenchFigures.round(raw),
                        "rawReadLines", lines,
                        "listImportSeconds", BenchFigures.round(importSeconds),
                        "listImportCpuSeconds", BenchFigures.round(importCpu),
                        "importVsRawRead", BenchFigures.round(importSeconds / Math.max(raw, 1e-3)),
                        "screeningSeconds", BenchFigures.round(screenSeconds),
                        "screeningCpuSeconds", BenchFigures.round(screenCpu),
                        "screeningPhaseSeconds", out.phaseSeconds(),
                        "providersScreened", out.run().providersScreened(),
                        "hits", out.hits().size(),
                        "hitsByStrength", byStrength,
                        "newerListImportSeconds", BenchFigures.round(alertImportSeconds),
                        "screeningsBroughtForward", broughtForward,
                        "targets", ProviderJson.of("listImportSeconds", 5, "screeningSeconds", 10))));
            }
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Benchmark failed: " + e.getMessage());
        } finally {
            if (keepDir == null) {
                delete(dir);
            }
        }
    }

    private Path writeList(Path file) throws IOException {
        Random r = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,"
                    + "EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\r\n");
            for (int i = 0; i < listRows; i++) {
                List<String> f = new ArrayList<>(18);
                String state = STATES[r.nextInt(STATES.length)];
                String npi = "0000000000";
                String dob = r.nextInt(10) == 0 ? "" : String.format("%04d%02d%02d", 1950 + r.nextInt(45),
                        1 + r.nextInt(12), 1 + r.nextInt(28));
                if (i % 20 == 7) {
                    f.addAll(List.of("", "", "", "\"FICTIONAL CARE " + i + ", INC\"", "OTHER BUSINESS", "CLINIC", ""));
                    dob = "";
                } else {
                    boolean planted = i % 1000 == 1 || i % 2000 == 0;
                    int k = r.nextInt(Math.max(1, providers) * (planted ? 1 : 3));
                    f.addAll(List.of(SyntheticProviders.lastName(k).toUpperCase(), FIRST[r.nextInt(FIRST.length)]
                            .toUpperCase(), "", "", "IND- LIC HC SERV PRO", "NURSE/NURSES AIDE", ""));
                    if (i % 2000 == 0 && k < providers) {
                        npi = SyntheticProviders.npi(k);
                    } else if (i % 1000 == 1 && k < providers) {
                        // planted: a synthetic provider's own first name and date of birth (a probable hit)
                        f.set(1, SyntheticProviders.firstName(k).toUpperCase());
                        LocalDate born = SyntheticProviders.one(k, LocalDate.of(2026, 1, 1), java.time.Clock.systemUTC())
                                .provider().dateOfBirth();
                        dob = String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth());
                    }
                }
                f.addAll(List.of(npi, dob, "\"" + (i % 900 + 1) + " FICTION WAY, STE 1\"", "NOWHERE", state, "00001",
                        "1128b4   ", "20" + String.format("%02d", 10 + r.nextInt(16)) + "0115", "00000000",
                        "00000000", ""));
                w.write(String.join(",", f));
                w.write("\r\n");
            }
        }
        return file;
    }

    /** CPU time of this thread: the work itself, apart from waiting for the shared machine's other processes. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long rawRead(Path file) throws IOException {
        long n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            while (in.readLine() != null) {
                n++;
            }
        }
        return n;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            BenchFigures.delete(dir);
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
