package org.creddesk.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.FormDescription;
import org.creddesk.domain.packet.PacketPart;
import org.creddesk.domain.packet.PacketTemplate;
import org.creddesk.domain.packet.PartKind;
import org.creddesk.domain.packet.Recipient;
import org.creddesk.packet.MergeBaseline;
import org.creddesk.packet.PacketFonts;
import org.creddesk.packet.PacketService;
import org.creddesk.packet.SyntheticDocuments;
import org.creddesk.sample.SyntheticProviders;
import org.creddesk.store.BlobStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk bench packet --providers N}: a ~20-page packet (cover, profile, checklist, the filled 6-page
 * W-9, two 5-page document PDFs, attestation) for each of N synthetic providers, each kept as a snapshot.
 */
@Command(name = "packet", description = "Time packet production (fill, merge, store) for many providers.")
public final class PacketBenchCommand implements Runnable {
    private static final String FORM = "sample-data/forms/irs_fw9_rev2018-10.pdf";
    private static final String W9 = "topmostSubform[0].Page1[0].";

    @ParentCommand
    BenchCommand parent;
    @Option(names = "--providers", defaultValue = "1000")
    int providers;
    @Option(names = "--warmup", defaultValue = "20", description = "Packets made first and not timed")
    int warmup;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        try {
            Path dir = Files.createTempDirectory("creddesk-bench-packet-");
            try (AppContext ctx = AppContext.open(dir.resolve("bench.db"), root.clock())) {
                ChangeContext source = ctx.manualChange().withSource("bench");
                LocalDate today = LocalDate.now(root.clock());
                PacketFonts fonts = new PacketFonts();
                BlobStore.Blob license = ctx.blobs().put(new ByteArrayInputStream(SyntheticDocuments.pdf("License", 5, fonts)));
                BlobStore.Blob malpractice = ctx.blobs().put(new ByteArrayInputStream(
                        SyntheticDocuments.pdf("Malpractice face sheet", 5, fonts)));
                List<ProviderFile> files = new ArrayList<>();
                for (ProviderFile f : SyntheticProviders.generate(0, warmup + providers, today, root.clock())) {
                    files.add(f.withDocuments(List.of(
                            doc(ctx, f, "License", license, today), doc(ctx, f, "Malpractice face sheet", malpractice, today))));
                }
                ctx.providerRepository().saveAll(files, source);
                ctx.packets().saveTemplate(new PacketTemplate("Benchmark", "bench", List.of(PacketPart.of(PartKind.COVER),
                        PacketPart.of(PartKind.PROFILE), PacketPart.of(PartKind.CHECKLIST), PacketPart.of(PartKind.FORMS),
                        new PacketPart(PartKind.DOCUMENTS, null, List.of("License", "Malpractice face sheet"), true, List.of()),
                        PacketPart.of(PartKind.ATTESTATION))), source);
                byte[] w9 = resource(FORM);
                FormDescription fields = ctx.payerForms().describe(w9, "W-9");
                PacketService.FormRequest form = new PacketService.FormRequest("IRS W-9", w9, fields.fields(), Map.of(
                        W9 + "f1_1[0]", "{lastName}, {firstName}",
                        W9 + "Address[0].f1_7[0]", "{primaryLocation.address}",
                        W9 + "Address[0].f1_8[0]", "{primaryLocation.city}, {primaryLocation.state} {primaryLocation.zip}",
                        W9 + "FederalClassification[0].c1_1[0]", "{degree=MD}"));
                Recipient payer = Recipient.payer("Benchmark Health Plan");
                List<byte[]> inputs = List.of(w9, SyntheticDocuments.pdf("License", 5, fonts),
                        SyntheticDocuments.pdf("Malpractice face sheet", 5, fonts));
                List<Double> times = new ArrayList<>();
                List<Double> baseline = new ArrayList<>();
                long[] heap = new long[3];
                int pages = 0;
                long t0 = 0;
                for (int i = 0; i < files.size(); i++) {
                    if (i == warmup) {
                        heap[0] = usedHeap();
                        t0 = System.nanoTime();
                    }
                    if (i == warmup + providers / 2) {
                        heap[1] = usedHeap();
                    }
                    long s = System.nanoTime();
                    var produced = ctx.packets().produce(new PacketService.Request(files.get(i).id(), "Benchmark", payer,
                            List.of(form)), "benchmark", source);
                    if (i >= warmup) {
                        times.add((System.nanoTime() - s) / 1e6);
                        pages = produced.snapshot().pages();
                        if (i % 10 == 0) {
                            baseline.add(MergeBaseline.millis(inputs));
                        }
                    }
                }
                double total = (System.nanoTime() - t0) / 1e9 - baseline.stream().mapToDouble(d -> d / 1000).sum();
                heap[2] = usedHeap();
                root.out().println(Json.write(ProviderJson.of(
                        "providers", providers,
                        "pagesPerPacket", pages,
                        "packetMs", ProviderJson.of("p50", BenchFigures.pct(times, 50),
                                "p95", BenchFigures.pct(times, 95), "max", BenchFigures.pct(times, 100)),
                        "totalSeconds", BenchFigures.round(total),
                        "baselineMergeMs", ProviderJson.of("p50", BenchFigures.pct(baseline, 50),
                                "note", "parse the same 3 input PDFs, copy their pages, save; no fill, text or fonts"),
                        "p50OverBaseline", BenchFigures.round(BenchFigures.pct(times, 50)
                                / Math.max(0.01, BenchFigures.pct(baseline, 50))),
                        "cpuLoadAverage", BenchFigures.round(java.lang.management.ManagementFactory
                                .getOperatingSystemMXBean().getSystemLoadAverage()),
                        "usedHeapMb", ProviderJson.of("start", heap[0] >> 20, "middle", heap[1] >> 20, "end", heap[2] >> 20),
                        "targets", ProviderJson.of("packetP95Ms", 300, "totalSeconds", 180))));
            }
            BenchFigures.delete(dir);
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Benchmark failed: " + e.getMessage());
        }
    }

    private static Document doc(AppContext ctx, ProviderFile f, String type, BlobStore.Blob blob, LocalDate today) {
        return new Document(ctx.providers().newId(), f.id(), null, type, type + ".pdf", "application/pdf",
                blob.sha256(), blob.size(), today.minusYears(1), today.plusYears(2));
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PacketBenchCommand.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the application");
            }
            return in.readAllBytes();
        }
    }
}
