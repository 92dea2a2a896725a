package org.creddesk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.creddesk.app.AppContext;
import org.creddesk.domain.Progress;
import org.creddesk.roster.ImportReport;
import org.creddesk.roster.Resolutions;
import org.creddesk.roster.RosterFile;
import org.creddesk.roster.RosterImporter;
import org.creddesk.roster.RowStatus;
import org.creddesk.roster.SpreadsheetFiles;
import org.creddesk.roster.SpreadsheetReader;
import org.creddesk.roster.BenchRosterWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk bench roster --rows N}: writes an N-row, 25-column roster as payers send them (SXSSF; NPIs as
 * numbers and as text, dates as date cells and text in three forms) and the same roster with 5% of the providers
 * changed, then times a raw read of the file, the dry-run preview, the applied import into an empty store, the
 * re-import of the same file (all unchanged) and of the changed one, with the heap peak of each phase and each
 * phase's ratio to the raw read. Run with -Xmx256m to prove the memory target.
 */
@Command(name = "roster", description = "Time roster import: raw read, preview, import, unchanged and 5%-changed "
        + "re-import, each against the raw read.")
public final class RosterBenchCommand implements Runnable {
    @ParentCommand
    BenchCommand parent;
    @Option(names = "--rows", defaultValue = "100000")
    int rows;
    @Option(names = "--keep", description = "Keep the roster file and database (in a temp folder)")
    boolean keep;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        try {
            Path dir = Files.createTempDirectory("creddesk-roster-bench-");
            Path roster = dir.resolve("bench-roster.xlsx");
            Path changed = dir.resolve("bench-roster-5pct-changed.xlsx");
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rows", rows);
            out.put("columns", BenchRosterWriter.COLUMNS);
            LocalDate today = LocalDate.now(root.clock());
            out.put("write", phase(() -> {
                try (OutputStream os = Files.newOutputStream(roster);
                     OutputStream os2 = Files.newOutputStream(changed)) {
                    BenchRosterWriter.write(os, rows, today, root.clock());
                    BenchRosterWriter.write(os2, rows, today, root.clock(), 20);
                } catch (IOException e) {
                    throw new CliException(CliException.UNREADABLE, "Cannot write the roster: " + e.getMessage());
                }
                return Map.of();
            }));
            out.put("fileBytes", Files.size(roster));
            Map<String, Object> raw = phase(() -> {
                AtomicLong cells = new AtomicLong();
                SpreadsheetReader reader = SpreadsheetFiles.open(roster);
                reader.read(reader.sheetNames().get(0), r -> {
                    cells.addAndGet(r.cells().size());
                    return true;
                });
                if (reader instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception ignored) {
                        // read-only
                    }
                }
                return Map.of("cells", cells.get());
            });
            out.put("rawRead", raw);
            try (AppContext ctx = AppContext.open(dir.resolve("bench.db"), root.clock())) {
                RosterImporter importer = ctx.rosterImporter();
                out.put("dryRunPreview", phase(() -> counts(withFile(importer, roster, f -> importer.preview(f, Progress.NONE)))));
                out.put("importNew", phase(() -> counts(withFile(importer, roster,
                        f -> importer.apply(f, Resolutions.KEEP_ALL, Progress.NONE)))));
                out.put("reimportUnchanged", phase(() -> counts(withFile(importer, roster,
                        f -> importer.apply(f, Resolutions.KEEP_ALL, Progress.NONE)))));
                out.put("reimport5PercentChanged", phase(() -> counts(withFile(importer, changed,
                        f -> importer.apply(f, Resolutions.KEEP_ALL, Progress.NONE)))));
            }
            Map<String, Object> ratios = new LinkedHashMap<>();
            for (String name : java.util.List.of("dryRunPreview", "importNew", "reimportUnchanged",
                    "reimport5PercentChanged")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> p = (Map<String, Object>) out.get(name);
                ratios.put(name, round((double) p.get("seconds") / (double) raw.get("seconds")));
                ratios.put(name + "Cpu", round((double) p.get("cpuSeconds") / (double) raw.get("cpuSeconds")));
            }
            out.put("toRawRead", ratios);
            out.put("loadAverageAtEnd", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            out.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.put("targets", ProviderJson.of("importNewSeconds", 10, "importNewToRawRead", 5,
                    "reimportUnchangedSeconds", 4, "reimportUnchangedToRawRead", 2, "reimport5PercentChangedSeconds", 6,
                    "peakHeapMb", 200));
            root.out().println(Json.write(out));
            if (keep) {
                root.err().println("Benchmark files kept in " + dir);
            } else {
                BenchFigures.delete(dir);
            }
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Benchmark failed: " + e.getMessage());
        }
    }

    private static ImportReport withFile(RosterImporter importer, Path roster,
                                         java.util.function.Function<RosterFile, ImportReport> work) {
        try (RosterFile f = importer.open(roster, null, null)) {
            return work.apply(f);
        }
    }

    private static Map<String, Object> counts(ImportReport r) {
        return ProviderJson.of("dataRows", r.rows(), "new", r.count(RowStatus.NEW), "changed", r.count(RowStatus.CHANGED),
                "unchanged", r.count(RowStatus.UNCHANGED), "rejected", r.rejected().size(),
                "warnings", r.warnings().size());
    }

    /**
     * Times one phase: wall seconds, this thread's CPU seconds (stable on a busy machine), and the heap peak,
     * sampled every 5 ms from the used heap (never above -Xmx), plus the live heap after the last collection.
     */
    private static Map<String, Object> phase(Supplier<Map<String, Object>> work) {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong peakUsed = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicLong peakLive = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                long live = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        live += pool.getCollectionUsage().getUsed();
                    }
                }
                peakLive.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Map<String, Object> result = new LinkedHashMap<>(work.get());
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", round(seconds));
        m.put("cpuSeconds", round(cpuSeconds));
        m.put("peakHeapMb", round(peakUsed.get() / (1024.0 * 1024.0)));
        m.put("peakLiveAfterGcMb", round(peakLive.get() / (1024.0 * 1024.0)));
        m.putAll(result);
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
