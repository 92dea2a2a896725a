package org.creddesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.creddesk.app.AppContext;
import org.creddesk.app.PayerProviders;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.Progress;
import org.creddesk.domain.packet.Recipient;
import org.creddesk.packet.PacketBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk packet batch [NPI...] --out-dir DIR}: one packet per provider (every active provider when no NPI is
 * given), each kept as a snapshot and written as {@code <NPI>.pdf}; one JSON line per provider says what happened.
 */
@Command(name = "batch", description = "Make packets for many providers; each is kept and written to --out-dir.")
public final class PacketBatchCommand implements Runnable {
    @ParentCommand
    PacketCommand parent;
    @Parameters(paramLabel = "NPI", arity = "0..*", description = "Providers (default: every active provider)")
    List<String> npis = new ArrayList<>();
    @Option(names = "--out-dir", paramLabel = "DIR", required = true)
    Path outDir;
    @Option(names = "--template", paramLabel = "NAME")
    String template;
    @Option(names = "--payer", paramLabel = "NAME", defaultValue = "")
    String payer;
    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "90")
    int window;
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why to go on despite pre-flight issues (recorded)")
    String reason;
    @Option(names = "--enrolled-with", paramLabel = "PAYER",
            description = "Every active provider with an enrollment at this payer (the recipient unless --payer is given)")
    String enrolledWith;

    @Override
    public void run() {
        CredDeskCommand root = parent.root;
        AppContext ctx = root.context();
        List<String> ids = new ArrayList<>();
        for (String npi : npis) {
            ids.add(ProvidersCommand.byNpi(root, npi).id());
        }
        if (enrolledWith != null) {
            Payer payerFound = ctx.enrollments().payerNamed(enrolledWith);
            PayerProviders.activeEnrolledWith(ctx, enrolledWith).stream().filter(id -> !ids.contains(id))
                    .forEach(ids::add);
            if (payer.isBlank()) {
                payer = payerFound.name();
            }
            if (ids.isEmpty()) {
                throw new CliException(CliException.NOT_FOUND, "No provider has an enrollment with " + payerFound.name());
            }
        }
        if (ids.isEmpty()) {
            ids.addAll(ctx.providerRepository().activeIds());
        }
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (done > 0 && (done % 50 == 0 || done == total)) {
                    root.err().println(done + " of " + total);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        List<PacketBatch.Line> lines = new PacketBatch(ctx.packets()).run(ids, template,
                new Recipient(payer, Recipient.Kind.PAYER, window), List.of(), reason, ctx.manualChange(), progress);
        List<Object> report = new ArrayList<>();
        for (PacketBatch.Line line : lines) {
            String npi = ctx.providers().load(line.providerId()).map(f -> f.provider().npi()).orElse(line.providerId());
            String file = null;
            if (line.snapshotId() != null) {
                Path target = outDir.resolve(npi + ".pdf");
                PacketCommand.write(target, ctx.packets().reprint(line.snapshotId()));
                file = target.toString();
            }
            report.add(ProviderJson.of("npi", npi, "outcome", line.outcome().name(), "snapshotId", line.snapshotId(),
                    "file", file, "pages", line.pages(), "message", line.message()));
        }
        root.out().println(Json.write(report));
    }
}
