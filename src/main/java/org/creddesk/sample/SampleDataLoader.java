package org.creddesk.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.Progress;
import org.creddesk.store.BlobStore;
import org.creddesk.store.ProviderRepository;

/**
 * Loads the bundled fictitious sample ({@code sample-data/providers.json}) in one transaction. Relative dates
 * ("+45", "-10") are taken from the day it is loaded, so the sample always has overdue and upcoming items.
 * Idempotent: a provider whose NPI is already in the store is skipped.
 */
public final class SampleDataLoader {
    private static final String RESOURCE = "sample-data/providers.json";

    private final ProviderRepository repository;
    private final BlobStore blobs;
    private final Clock clock;
    private final ChangeContext ctx;

    public SampleDataLoader(ProviderRepository repository, BlobStore blobs, Clock clock, ChangeContext ctx) {
        this.repository = repository;
        this.blobs = blobs;
        this.clock = clock;
        this.ctx = ctx;
    }

    /** What loading did. */
    public record Result(int added, int skipped, int documents) {
    }

    public Result load(Progress progress) {
        Progress p = progress == null ? Progress.NONE : progress;
        JsonNode root = read();
        LocalDate today = LocalDate.now(clock);
        SampleProviderReader reader = new SampleProviderReader(today, clock);
        List<ProviderFile> files = new ArrayList<>();
        int skipped = 0;
        int documents = 0;
        Map<String, BlobStore.Blob> stored = new HashMap<>();
        JsonNode providers = root.get("providers");
        int total = providers.size();
        for (int i = 0; i < total; i++) {
            p.checkCancelled();
            JsonNode node = providers.get(i);
            if (repository.idByNpi(node.get("npi").asText()).isPresent()) {
                skipped++;
                continue;
            }
            ProviderFile f = reader.read(node);
            List<Document> docs = new ArrayList<>();
            for (SampleProviderReader.DocumentSpec spec : reader.documents(node, f)) {
                BlobStore.Blob blob = stored.computeIfAbsent(spec.file(), this::storeDocument);
                docs.add(new Document(reader.newId(), f.id(), spec.credentialId(), spec.type(), spec.file(),
                        mediaType(spec.file()), blob.sha256(), blob.size(), spec.issued(), spec.expires()));
            }
            documents += docs.size();
            files.add(f.withDocuments(docs));
            p.update(i + 1, total, "Reading sample providers");
        }
        p.update(total, total, "Saving");
        repository.saveAll(files, ctx);
        return new Result(files.size(), skipped, documents);
    }

    private BlobStore.Blob storeDocument(String name) {
        try (InputStream in = resource("sample-data/documents/" + name)) {
            return blobs.put(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store sample document " + name, e);
        }
    }

    private static String mediaType(String name) {
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return name.endsWith(".png") ? "image/png" : "image/jpeg";
    }

    private static JsonNode read() {
        try (InputStream in = resource(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled sample data", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleDataLoader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the application");
        }
        return in;
    }
}
