package org.creddesk.packet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.packet.FieldTemplate;
import org.creddesk.domain.packet.FormDescription;
import org.creddesk.domain.packet.FormField;
import org.creddesk.domain.packet.FormMapping;
import org.creddesk.domain.packet.MappedValue;
import org.creddesk.domain.packet.MappingDiff;
import org.creddesk.domain.packet.StoredForm;
import org.creddesk.store.BlobStore;
import org.creddesk.store.PacketRepository;

/**
 * Payer forms: import a fillable PDF and list its fields, keep versioned field mappings per form version, show
 * what changed when a new version of a form arrives, and fill a form for one provider.
 */
public final class PayerForms {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final PacketRepository repository;
    private final BlobStore blobs;
    private final FormInspector inspector = new FormInspector();
    private final FormFiller filler;

    public PayerForms(PacketRepository repository, BlobStore blobs, PacketFonts fonts) {
        this.repository = repository;
        this.blobs = blobs;
        this.filler = new FormFiller(fonts);
    }

    public FormDescription describe(byte[] pdf, String name) {
        return inspector.describe(pdf, name);
    }

    /** What importing did: the stored form, its fields, and how it differs from the version before it. */
    public record Imported(StoredForm form, FormDescription description, Optional<MappingDiff> changes,
                           Optional<FormMapping> previousMapping) {
    }

    public Imported importForm(String name, String fileName, byte[] pdf, ChangeContext ctx) {
        FormDescription description = describe(pdf, fileName);
        Optional<StoredForm> previous = repository.formVersions(name).stream().findFirst();
        BlobStore.Blob blob;
        try {
            blob = blobs.put(new ByteArrayInputStream(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the form " + fileName, e);
        }
        String signature = description.signature();
        StoredForm form = previous.filter(p -> p.signature().equals(signature)).orElseGet(() ->
                repository.addForm(name, signature, blob.sha256(), fileName, fieldsJson(description.fields()), ctx));
        Optional<FormMapping> previousMapping = previous.filter(p -> !p.signature().equals(signature))
                .flatMap(p -> repository.latestMapping(p.signature()));
        Optional<MappingDiff> changes = previous.filter(p -> !p.signature().equals(signature)).map(p ->
                MappingDiff.between(fieldNames(p), previousMapping.map(FormMapping::fields).orElse(Map.of()), description));
        return new Imported(form, description, changes, previousMapping);
    }

    /** Saves a new mapping version after checking every field exists and every template can be read. */
    public FormMapping saveMapping(StoredForm form, Map<String, String> mapping, ChangeContext ctx) {
        List<String> problems = checkMapping(fields(form), mapping);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return repository.saveMapping(form.name(), form.signature(), mapping, ctx);
    }

    /** Problems with a mapping, one line each; empty when it can be used. */
    public static List<String> checkMapping(List<FormField> fields, Map<String, String> mapping) {
        Set<String> names = fields.stream().map(FormField::name).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        mapping.forEach((field, template) -> {
            if (!names.contains(field)) {
                problems.add("The form has no field '" + field + "'.");
            }
            try {
                FieldTemplate.parse(template).unknownPaths().forEach(p -> problems.add(field + ": " + p));
            } catch (FieldTemplate.TemplateException e) {
                problems.add(field + ": " + e.getMessage());
            }
        });
        return problems;
    }

    public Optional<FormMapping> mapping(StoredForm form) {
        return repository.latestMapping(form.signature());
    }

    public List<StoredForm> forms() {
        return repository.latestForms();
    }

    public Optional<StoredForm> form(String name) {
        return repository.formVersions(name).stream().findFirst();
    }

    public byte[] pdf(StoredForm form) {
        try (var in = blobs.open(form.sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The stored form " + form.name() + " cannot be read", e);
        }
    }

    public List<FormField> fields(StoredForm form) {
        try {
            return JSON.readValue(form.fieldsJson(), new TypeReference<List<FormField>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable field list of form " + form.id(), e);
        }
    }

    /** Each mapped field's template rendered for the provider (the pre-flight check looks at these). */
    public static List<MappedValue> render(String formName, List<FormField> fields, Map<String, String> mapping,
                                           ProviderFile file) {
        Map<String, FormField> byName = fields.stream().collect(Collectors.toMap(FormField::name, f -> f, (a, b) -> a));
        List<MappedValue> result = new ArrayList<>();
        new java.util.TreeMap<>(mapping).forEach((field, template) -> {
            FormField f = byName.get(field);
            result.add(new MappedValue(formName, field, template, FieldTemplate.parse(template).render(file),
                    f != null && f.toggle()));
        });
        return result;
    }

    static Map<String, String> values(List<MappedValue> mapped) {
        Map<String, String> values = new LinkedHashMap<>();
        mapped.forEach(v -> values.put(v.field(), v.rendering().value()));
        return values;
    }

    /** A filled form: its bytes, the values put in and any field that refused its value. */
    public record Filled(byte[] pdf, List<MappedValue> values, List<String> problems) {
    }

    /** Fills a form for one provider (the CLI's {@code --form --map}); optionally flattened. */
    public Filled fill(byte[] pdf, String name, Map<String, String> mapping, ProviderFile file, boolean flatten) {
        FormDescription description = describe(pdf, name);
        List<String> problems = new ArrayList<>(checkMapping(description.fields(), mapping));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        List<MappedValue> mapped = render(name, description.fields(), mapping, file);
        try (PDDocument doc = PdfInput.open(pdf, name, true)) {
            filler.fill(doc, name, values(mapped), flatten).forEach(p -> problems.add(p.message()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Filled(out.toByteArray(), mapped, problems);
        } catch (IOException e) {
            throw new PdfInputException(name + " could not be filled: " + e.getMessage(), e);
        }
    }

    private Set<String> fieldNames(StoredForm form) {
        return fields(form).stream().map(FormField::name).collect(Collectors.toSet());
    }

    private static String fieldsJson(List<FormField> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
