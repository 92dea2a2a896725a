package org.creddesk.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.creddesk.roster.SpreadsheetFiles;
import org.creddesk.roster.SpreadsheetReader;
import org.creddesk.sample.SyntheticProviders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk bench csv --rows N}: writes an N-row, 22-column roster CSV as payers send it (quoted names and
 * addresses with commas, a few line breaks inside cells, dates in mixed forms), then times the roster's CSV reader
 * (FastCSV with the checks of ADR 0020) against the floor: reading the same file's lines with a BufferedReader.
 * Best of {@code --repeat} runs, wall and CPU seconds, and the ratio to the floor.
 */
@Command(name = "csv", description = "Time the roster CSV reader against a raw line read of the same file.")
public final class CsvBenchCommand implements Runnable {
    static final List<String> HEADERS = List.of("Rendering NPI", "Last Name", "First Name", "Degree", "DOB", "Gender",
            "CAQH ID", "Group NPI", "TIN", "Taxonomy", "Lic State", "Lic #", "Lic Exp", "DEA Number", "DEA Exp",
            "Board", "Practice Address", "City", "State", "ZIP", "Phone", "Accepting New Patients");

    @ParentCommand
    BenchCommand parent;
    @Option(names = "--rows", defaultValue = "100000")
    int rows;
    @Option(names = "--repeat", defaultValue = "3", description = "Runs of each read; the best counts")
    int repeat;
    @Option(names = "--keep", description = "Keep the CSV file (in a temp folder)")
    boolean keep;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        try {
            Path dir = Files.createTempDirectory("creddesk-csv-bench-");
            Path file = dir.resolve("bench-roster.csv");
            write(file);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rows", rows);
            out.put("columns", HEADERS.size());
            out.put("fileBytes", Files.size(file));
            Map<String, Object> raw = best(() -> rawLines(file));
            Map<String, Object> parsed = best(() -> parsedCells(file));
            out.put("rawLineRead", raw);
            out.put("csvReader", parsed);
            out.put("csvToRawRatio", ratio(parsed.get("seconds"), raw.get("seconds")));
            out.put("csvToRawCpuRatio", ratio(parsed.get("cpuSeconds"), raw.get("cpuSeconds")));
            out.put("loadAverageAtEnd",
                    BenchFigures.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            root.out().println(Json.write(out));
            if (keep) {
                root.err().println("Benchmark file kept in " + file);
            } else {
                BenchFigures.delete(dir);
            }
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Benchmark failed: " + e.getMessage());
        }
    }

    private static double ratio(Object part, Object whole) {
        return BenchFigures.round((double) part / Math.max(0.001, (double) whole));
    }

    private Map<String, Object> best(LongSupplier work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        long count = 0;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            count = work.getAsLong();
            bestWall = Math.min(bestWall, (System.nanoTime() - start) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        return ProviderJson.of("seconds", Math.round(bestWall * 1000) / 1000.0, "cpuSeconds", Math.round(bestCpu * 1000) / 1000.0,
                "count", count);
    }

    private static long rawLines(Path file) {
        long chars = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                chars += line.length();
            }
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Benchmark failed: " + e.getMessage());
        }
        return chars;
    }

    private static long parsedCells(Path file) {
        AtomicLong cells = new AtomicLong();
        SpreadsheetReader reader = SpreadsheetFiles.open(file);
        reader.read(reader.sheetNames().get(0), row -> {
            cells.addAndGet(row.cells().size());
            return true;
        });
        return cells.get();
    }

    private void write(Path file) throws IOException {
        Random r = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADERS));
            w.write("\r\n");
            for (int i = 0; i < rows; i++) {
                String npi = SyntheticProviders.npi(i);
                String dob = String.format("%02d/%02d/%04d", 1 + r.nextInt(12), 1 + r.nextInt(28), 1950 + r.nextInt(45));
                String exp = i % 3 == 0 ? String.format("%04d-%02d-%02d", 2027 + r.nextInt(3), 1 + r.nextInt(12),
                        1 + r.nextInt(28)) : String.format("%d/%d/%d", 1 + r.nextInt(12), 1 + r.nextInt(28),
                        2027 + r.nextInt(3));
                String address = i % 50 == 0 ? "\"" + (100 + i) + " Main St\nSuite " + (i % 9) + "\""
                        : "\"" + (100 + i) + " Main St, Suite " + (i % 9) + "\"";
                w.write(String.join(",", npi, "\"" + SyntheticProviders.lastName(i) + "\"",
                        SyntheticProviders.firstName(i), "MD", dob, i % 2 == 0 ? "F" : "M",
                        String.valueOf(10_000_000 + i), "1003000126", String.format("%02d-%07d", r.nextInt(99), i),
                        "207R00000X", "MA", String.format("%06d", i), exp, "", "", "\"American Board of Internal "
                                + "Medicine\"", address, "Boston", "MA", String.format("%05d", 2100 + i % 90),
                        "(617) 555-" + String.format("%04d", i % 10_000), i % 4 == 0 ? "N" : "Y"));
                w.write("\r\n");
            }
        }
    }
}
