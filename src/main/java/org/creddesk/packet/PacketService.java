package org.creddesk.packet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.FormField;
import org.creddesk.domain.packet.MappedValue;
import org.creddesk.domain.packet.PacketSnapshot;
import org.creddesk.domain.packet.PacketTemplate;
import org.creddesk.domain.packet.PartKind;
import org.creddesk.domain.packet.PreflightChecks;
import org.creddesk.domain.packet.PreflightIssue;
import org.creddesk.domain.packet.Recipient;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.BlobStore;
import org.creddesk.store.PacketRepository;
import org.creddesk.store.ProviderRepository;

/**
 * Makes packets: pre-flight, assembly, the immutable snapshot, reprint. A packet with pre-flight issues is only
 * made when the person gives a reason, which is kept with the snapshot and in the change log.
 */
public final class PacketService {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ProviderRepository providers;
    private final PacketRepository repository;
    private final BlobStore blobs;
    private final PayerForms forms;
    private final PacketTemplates templates;
    private final PacketAssembler assembler;
    private final ChecklistSource checklists;
    private final ProfileFactsSource profileFacts;
    private final Clock clock;

    public PacketService(ProviderRepository providers, PacketRepository repository, BlobStore blobs, PayerForms forms,
                         PacketFonts fonts, ChecklistSource checklists, ProfileFactsSource profileFacts,
                         Clock clock) {
        this.providers = providers;
        this.repository = repository;
        this.blobs = blobs;
        this.forms = forms;
        this.templates = new PacketTemplates();
        this.assembler = new PacketAssembler(fonts, clock);
        this.checklists = checklists;
        this.profileFacts = profileFacts;
        this.clock = clock;
    }

    /** A form to fill for this packet only (the CLI's --form/--map), instead of a stored one. */
    public record FormRequest(String name, byte[] pdf, List<FormField> fields, Map<String, String> mapping) {
    }

    /** What to make: for whom, to whom, from which template, with which forms (empty: the template's own). */
    public record Request(String providerId, String templateName, Recipient recipient, List<FormRequest> forms) {
        public Request {
            forms = forms == null ? List.of() : List.copyOf(forms);
        }
    }

    /** The pre-flight result a person looks at before producing. */
    public record Preflight(ProviderFile file, PacketTemplate template, List<PreflightIssue> issues,
                            List<MappedValue> values, List<FormRequest> forms) {
    }

    /** A packet made and kept. */
    public record Produced(PacketSnapshot snapshot, byte[] pdf, List<PreflightIssue> overridden,
                           List<String> fillProblems) {
    }

    /** The packet was not made: pre-flight found issues and no reason to go on was given. */
    public static final class PreflightBlockedException extends RuntimeException {
        private final transient List<PreflightIssue> issues;

        public PreflightBlockedException(List<PreflightIssue> issues) {
            super(issues.size() + " pre-flight issue(s); give a reason to produce the packet anyway.");
            this.issues = List.copyOf(issues);
        }

        public List<PreflightIssue> issues() {
            return issues;
        }
    }

    public List<PacketTemplate> templates() {
        Map<String, PacketTemplate> byName = new LinkedHashMap<>();
        templates.defaults().forEach(t -> byName.put(t.name().toLowerCase(java.util.Locale.ROOT), t));
        repository.templateDefinitions().values().forEach(json -> {
            PacketTemplate t = templates.fromJson(json);
            byName.put(t.name().toLowerCase(java.util.Locale.ROOT), t);
        });
        return List.copyOf(byName.values());
    }

    public PacketTemplate template(String name) {
        if (name == null || name.isBlank()) {
            return templates().get(0);
        }
        return templates().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No packet template named '" + name + "'. Templates: "
                        + templates().stream().map(PacketTemplate::name).toList()));
    }

    /** A template as the JSON file a person copies and edits. */
    public String templateJson(String name) {
        return templates.toJson(template(name));
    }

    /** Saves a template edited as a JSON file; a broken file is refused with the parser's reason. */
    public PacketTemplate importTemplate(String json, ChangeContext ctx) {
        PacketTemplate template = templates.fromJson(json);
        saveTemplate(template, ctx);
        return template;
    }

    public void saveTemplate(PacketTemplate template, ChangeContext ctx) {
        repository.saveTemplate(template.name(), templates.toJson(template), ctx);
    }

    public Preflight preflight(Request request) {
        ProviderFile file = providers.load(request.providerId()).orElseThrow(() ->
                new NotFoundException("No provider " + request.providerId()));
        return preflight(file, request);
    }

    Preflight preflight(ProviderFile file, Request request) {
        PacketTemplate template = template(request.templateName());
        List<FormRequest> formRequests = request.forms().isEmpty() ? storedForms(template) : request.forms();
        List<MappedValue> values = new ArrayList<>();
        for (FormRequest f : formRequests) {
            values.addAll(PayerForms.render(f.name(), f.fields(), f.mapping(), file));
        }
        List<PreflightIssue> issues = PreflightChecks.run(file, template, request.recipient(), LocalDate.now(clock),
                values);
        return new Preflight(file, template, issues, values, formRequests);
    }

    /** The stored forms a template's FORMS parts name, each with its newest mapping. */
    private List<FormRequest> storedForms(PacketTemplate template) {
        List<FormRequest> result = new ArrayList<>();
        template.parts().stream().filter(p -> p.kind() == PartKind.FORMS).flatMap(p -> p.forms().stream())
                .forEach(name -> {
                    var form = forms.form(name).orElseThrow(() -> new IllegalArgumentException("Template '"
                            + template.name() + "' names the form '" + name + "', which has not been imported."));
                    var mapping = forms.mapping(form).orElseThrow(() -> new IllegalArgumentException("The form '"
                            + name + "' has no field mapping yet; map its fields first."));
                    result.add(new FormRequest(name, forms.pdf(form), forms.fields(form), mapping.fields()));
                });
        return result;
    }

    /**
     * Produces and keeps the packet. With pre-flight issues, {@code overrideReason} must say why it goes anyway.
     */
    public Produced produce(Request request, String overrideReason, ChangeContext ctx) {
        return produce(preflight(request), request.recipient(), overrideReason, ctx);
    }

    public Produced produce(Preflight pre, Recipient recipient, String overrideReason, ChangeContext ctx) {
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (!pre.issues().isEmpty() && reason == null) {
            throw new PreflightBlockedException(pre.issues());
        }
        List<PacketAssembler.FilledForm> filled = new ArrayList<>();
        for (FormRequest f : pre.forms()) {
            Map<String, String> values = new LinkedHashMap<>();
            pre.values().stream().filter(v -> v.form().equals(f.name()))
                    .forEach(v -> values.put(v.field(), v.rendering().value()));
            filled.add(new PacketAssembler.FilledForm(f.name(), f.pdf(), values));
        }
        PacketAssembler.Output out;
        try {
            out = assembler.assemble(new PacketAssembler.Input(pre.file(), pre.template(), recipient,
                    checklists.linesFor(pre.file()), filled, d -> {
                        try (InputStream in = blobs.open(d.sha256())) {
                            return in.readAllBytes();
                        }
                    }, profileFacts.factsFor(pre.file())));
        } catch (IOException e) {
            throw new UncheckedIOException("The packet could not be written: " + e.getMessage(), e);
        }
        BlobStore.Blob blob;
        try {
            blob = blobs.put(new ByteArrayInputStream(out.pdf()));
        } catch (IOException e) {
            throw new UncheckedIOException("The packet could not be stored: " + e.getMessage(), e);
        }
        Map<String, Object> contents = new LinkedHashMap<>();
        contents.put("parts", out.contents());
        contents.put("documents", out.documents().stream().map(d -> Map.of("type", d.type(), "fileName",
                String.valueOf(d.fileName()), "sha256", d.sha256())).toList());
        contents.put("forms", pre.values());
        Map<String, Object> preflight = new LinkedHashMap<>();
        preflight.put("issues", pre.issues());
        preflight.put("fillProblems", out.fillProblems());
        PacketSnapshot snapshot = new PacketSnapshot(Ids.newId(clock), pre.file().id(), recipient.name(),
                recipient.kind(), pre.template().name(), blob.sha256(), blob.size(), out.pages(), json(contents),
                json(preflight), pre.issues().isEmpty() ? null : reason, ctx.actor(), clock.instant());
        repository.addSnapshot(snapshot, ctx);
        return new Produced(snapshot, out.pdf(), pre.issues(), out.fillProblems());
    }

    /** The stored PDF of a snapshot, byte for byte as it was made. */
    public byte[] reprint(String snapshotId) {
        PacketSnapshot s = repository.snapshot(snapshotId).orElseThrow(() ->
                new IllegalArgumentException("No packet snapshot " + snapshotId));
        try (InputStream in = blobs.open(s.sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The stored packet " + snapshotId + " cannot be read: " + e.getMessage(), e);
        }
    }

    public List<PacketSnapshot> snapshots(String providerId) {
        return repository.snapshots(providerId);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
