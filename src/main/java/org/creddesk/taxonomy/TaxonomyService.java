package org.creddesk.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.TaxonomyDescriptions;
import org.creddesk.domain.TaxonomyEntry;
import org.creddesk.domain.TaxonomyImport;
import org.creddesk.store.TaxonomyRepository;

/**
 * The NUCC taxonomy code set: import NUCC's CSV (all or nothing, a newer version replaces the one in force), look
 * a code up, and the descriptions every screen, packet and report shows beside a code.
 */
public final class TaxonomyService {
    private final TaxonomyRepository repository;

    public TaxonomyService(TaxonomyRepository repository) {
        this.repository = repository;
    }

    /** What an import did: the version now in force, the one before, the counts, and whether anything changed. */
    public record ImportResult(TaxonomyImport record, String previousVersion, boolean unchanged) {
    }

    /**
     * Imports {@code file} as {@code version} (null: from NUCC's file name, nucc_taxonomy_251.csv is 25.1). An older
     * version than the one in force is refused unless {@code allowOlder}; any bad row refuses the whole file.
     */
    public ImportResult importFile(Path file, String version, boolean allowOlder, ChangeContext ctx) {
        String fileName = file.getFileName().toString();
        String v = version != null && !version.isBlank() ? version.strip()
                : NuccTaxonomyFile.versionFromName(fileName).orElseThrow(() -> new TaxonomyFileException(
                        "Cannot tell the code set's version from the name " + fileName
                                + " (NUCC names it like nucc_taxonomy_251.csv); give it with --version 25.1"));
        List<TaxonomyEntry> entries = NuccTaxonomyFile.read(file);
        Optional<TaxonomyImport> inForce = repository.current();
        if (!allowOlder && inForce.isPresent() && compare(v, inForce.get().version()) < 0) {
            throw new OlderCodeSetException("Version " + v + " is older than the code set in force ("
                    + inForce.get().version() + ", imported " + inForce.get().importedAt() + "); "
                    + "give --allow-older to go back to it");
        }
        TaxonomyRepository.Replaced r = repository.replace(entries, v, fileName, sha256(file), ctx);
        return new ImportResult(r.record(), r.previousVersion(), r.unchanged());
    }

    public Optional<TaxonomyEntry> find(String code) {
        return code == null ? Optional.empty() : repository.find(code.strip().toUpperCase());
    }

    public Optional<TaxonomyImport> inForce() {
        return repository.current();
    }

    /** Every code's description (one small read: the code set has fewer than a thousand codes). */
    public TaxonomyDescriptions descriptions() {
        return repository.descriptions();
    }

    /** Compares "25.1" and "24.0" as numbers, part by part; text that is not a version sorts as equal. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        try {
            for (int i = 0; i < Math.max(x.length, y.length); i++) {
                int p = i < x.length ? Integer.parseInt(x[i]) : 0;
                int q = i < y.length ? Integer.parseInt(y[i]) : 0;
                if (p != q) {
                    return Integer.compare(p, q);
                }
            }
        } catch (NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static String sha256(Path path) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new TaxonomyFileException("Cannot read " + path.getFileName() + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
