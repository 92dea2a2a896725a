package org.creddesk.provider;

import org.creddesk.files.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Document;
import org.creddesk.domain.ProviderFile;
import org.creddesk.store.BlobStore;
import org.creddesk.store.ProviderRepository;

/** Attaches documents (PDF, PNG, JPEG) to a provider or one of its credentials, and gets them back out. */
public final class DocumentService {
    private final BlobStore blobs;
    private final ProviderRepository repository;
    private final ProviderService providers;

    public DocumentService(BlobStore blobs, ProviderRepository repository, ProviderService providers) {
        this.blobs = blobs;
        this.repository = repository;
        this.providers = providers;
    }

    /** What a person fills in when attaching a file. */
    public record Attachment(Path file, String credentialId, String type, LocalDate issued, LocalDate expires) {
    }

    public Document attach(String providerId, Attachment a, ChangeContext ctx) throws IOException {
        String mediaType = mediaType(a.file());
        ProviderFile f = providers.load(providerId).orElseThrow(() -> new NotFoundException("No provider " + providerId));
        BlobStore.Blob blob = blobs.put(a.file());
        Document doc = new Document(providers.newId(), providerId, a.credentialId(), a.type(),
                a.file().getFileName().toString(), mediaType, blob.sha256(), blob.size(), a.issued(), a.expires());
        if (a.issued() != null && a.expires() != null && !a.expires().isAfter(a.issued())) {
            throw new IllegalArgumentException("Expiry " + a.expires() + " must be after issue " + a.issued());
        }
        List<Document> docs = new ArrayList<>(f.documents());
        docs.add(doc);
        repository.save(f.withDocuments(docs), ctx);
        return doc;
    }

    /** Detects the type from the file's first bytes, not its name; anything but PDF, PNG or JPEG is refused. */
    public static String mediaType(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = InputFiles.open(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return "application/pdf";
        }
        if (n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "image/png";
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        throw new IllegalArgumentException(file.getFileName() + " is not a PDF, PNG or JPEG file");
    }

    public Path path(Document d) {
        return blobs.path(d.sha256());
    }

    public void export(Document d, Path target) throws IOException {
        blobs.export(d.sha256(), target);
    }

    /** A copy under a temp folder with the original name, for opening in the system viewer. */
    public Path openableCopy(Document d) throws IOException {
        Path dir = Files.createTempDirectory("creddesk-doc-");
        Path target = dir.resolve(d.fileName() == null ? d.sha256() : d.fileName().replaceAll("[\\\\/:]", "_"));
        blobs.export(d.sha256(), target);
        return target;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
