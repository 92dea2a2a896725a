package org.creddesk.cli;

import org.creddesk.files.InputFiles;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.FormDescription;
import org.creddesk.domain.packet.PreflightIssue;
import org.creddesk.domain.packet.Recipient;
import org.creddesk.packet.PacketService;
import org.creddesk.packet.PayerForms;
import org.creddesk.packet.PdfInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk packet NPI --out FILE.pdf}: an application packet, kept as a snapshot; or with
 * {@code --form FORM.pdf --map MAP.json}: one payer form filled for the provider. Exit 2 for an unreadable
 * form or map, 3 for an unknown NPI, 4 when pre-flight found issues and no {@code --reason} was given.
 */
@Command(name = "packet", description = "Make an application packet, or fill one payer form, for a provider.",
        subcommands = {PacketCommand.FieldsCommand.class, PacketCommand.ListCommand.class,
                PacketCommand.ReprintCommand.class, PacketBatchCommand.class, PacketTemplateCommand.class})
public final class PacketCommand implements Callable<Integer> {
    static final int PREFLIGHT_BLOCKED = 4;

    @ParentCommand
    CredDeskCommand root;

    @Parameters(paramLabel = "NPI", arity = "0..1", description = "The provider's NPI")
    String npi;
    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Where to write the PDF")
    Path out;
    @Option(names = "--template", paramLabel = "NAME", description = "Packet template (default: the first)")
    String template;
    @Option(names = "--payer", paramLabel = "NAME", description = "The payer the packet goes to")
    String payer;
    @Option(names = "--facility", paramLabel = "NAME", description = "The facility the packet goes to")
    String facility;
    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "90",
            description = "The recipient's processing window: credentials expiring inside it are flagged")
    int window;
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why to go on despite pre-flight issues (recorded)")
    String reason;
    @Option(names = "--form", paramLabel = "FORM.pdf", description = "Fill this payer form instead of a packet")
    Path form;
    @Option(names = "--map", paramLabel = "MAP.json", description = "Field name to template, e.g. {\"f1_1[0]\": \"{lastName}\"}")
    Path map;
    @Option(names = "--flatten", description = "Flatten the filled form (values become page content)")
    boolean flatten;

    @Override
    public Integer call() {
        if (npi == null || out == null) {
            throw new CliException(CliException.USAGE, "Give the provider's NPI and --out FILE.pdf.");
        }
        if ((form == null) != (map == null)) {
            throw new CliException(CliException.USAGE, "--form and --map go together.");
        }
        ProviderFile file = ProvidersCommand.byNpi(root, npi);
        return form != null ? fillForm(file) : packet(file);
    }

    private Integer packet(ProviderFile file) {
        AppContext ctx = root.context();
        Recipient recipient = facility != null ? new Recipient(facility, Recipient.Kind.FACILITY, window)
                : new Recipient(payer == null ? "" : payer, Recipient.Kind.PAYER, window);
        PacketService.Request request = new PacketService.Request(file.id(), template, recipient, List.of());
        try {
            PacketService.Produced produced = ctx.packets().produce(request, reason, ctx.manualChange());
            write(out, produced.pdf());
            produced.overridden().forEach(i -> root.err().println("overridden: " + i));
            produced.fillProblems().forEach(p -> root.err().println("form: " + p));
            root.out().println(Json.write(ProviderJson.of("snapshotId", produced.snapshot().id(),
                    "file", out.toString(), "pages", produced.snapshot().pages(), "sha256", produced.snapshot().sha256(),
                    "overridden", produced.overridden().stream().map(PacketCommand::issue).toList())));
            return 0;
        } catch (PacketService.PreflightBlockedException e) {
            for (PreflightIssue i : e.issues()) {
                root.err().println(i.message() + " Fix: " + i.fix());
            }
            root.err().println("No packet made: " + e.getMessage() + " (--reason TEXT)");
            return PREFLIGHT_BLOCKED;
        } catch (PdfInputException e) {
            throw new CliException(CliException.UNREADABLE, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.USAGE, e.getMessage());
        }
    }

    private Integer fillForm(ProviderFile file) {
        byte[] pdf = read(form);
        Map<String, String> mapping;
        try {
            mapping = Json.mapper().readValue(read(map), new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, map + " is not a JSON object of field names to templates: "
                    + e.getMessage());
        }
        try {
            PayerForms.Filled filled = root.context().payerForms().fill(pdf, form.getFileName().toString(), mapping,
                    file, flatten);
            write(out, filled.pdf());
            filled.problems().forEach(p -> root.err().println(p));
            Map<String, String> values = new LinkedHashMap<>();
            filled.values().forEach(v -> values.put(v.field(), v.rendering().value()));
            root.out().println(Json.write(ProviderJson.of("file", out.toString(), "flattened", flatten,
                    "values", values, "problems", filled.problems())));
            return 0;
        } catch (PdfInputException e) {
            throw new CliException(CliException.UNREADABLE, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.UNREADABLE, map + ": " + e.getMessage());
        }
    }

    static Map<String, Object> issue(PreflightIssue i) {
        return ProviderJson.of("check", i.check().name(), "subject", i.subject(), "message", i.message(), "fix", i.fix());
    }

    static byte[] read(Path file) {
        return InputFiles.readAllBytes(file);
    }

    static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Cannot write " + file + ": " + e.getMessage());
        }
    }

    @Command(name = "fields", description = "List the fields of a fillable PDF form.")
    static final class FieldsCommand implements Runnable {
        @ParentCommand
        PacketCommand parent;
        @Parameters(paramLabel = "FORM.pdf")
        Path form;
        @Option(names = "--json", description = "JSON on stdout")
        boolean json;

        @Override
        public void run() {
            FormDescription d;
            try {
                d = parent.root.context().payerForms().describe(read(form), form.getFileName().toString());
            } catch (PdfInputException e) {
                throw new CliException(CliException.UNREADABLE, e.getMessage(), e);
            }
            if (json) {
                parent.root.out().println(Json.write(ProviderJson.of("pages", d.pages(), "hybridXfa", d.hybridXfa(),
                        "signature", d.signature(), "fields", d.fields())));
            } else {
                d.fields().forEach(f -> parent.root.out().printf("%-8s %s%s%n", f.kind(), f.name(),
                        f.options().isEmpty() ? "" : "  " + f.options()));
                parent.root.err().println(d.fields().size() + " fields" + (d.hybridXfa() ? " (hybrid AcroForm + XFA)" : ""));
            }
        }
    }

    @Command(name = "list", description = "The packets made for a provider, newest first.")
    static final class ListCommand implements Runnable {
        @ParentCommand
        PacketCommand parent;
        @Parameters(paramLabel = "NPI")
        String npi;

        @Override
        public void run() {
            ProviderFile f = ProvidersCommand.byNpi(parent.root, npi);
            parent.root.out().println(Json.write(parent.root.context().packets().snapshots(f.id()).stream()
                    .map(s -> ProviderJson.of("id", s.id(), "madeAt", s.madeAt(), "madeBy", s.madeBy(),
                            "recipient", s.recipient(), "template", s.templateName(), "pages", s.pages(),
                            "sha256", s.sha256(), "overrideReason", s.overrideReason())).toList()));
        }
    }

    @Command(name = "reprint", description = "Write a kept packet again, byte for byte as it was made.")
    static final class ReprintCommand implements Runnable {
        @ParentCommand
        PacketCommand parent;
        @Parameters(paramLabel = "SNAPSHOT_ID")
        String snapshotId;
        @Option(names = "--out", paramLabel = "FILE.pdf", required = true)
        Path out;

        @Override
        public void run() {
            try {
                write(out, parent.root.context().packets().reprint(snapshotId));
            } catch (IllegalArgumentException e) {
                throw new CliException(CliException.NOT_FOUND, e.getMessage());
            }
        }
    }
}
