package org.creddesk.store;

import org.creddesk.files.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-addressed document storage: {@code blobs/sha256/ab/<hash>}. A blob is written to a temp file, hashed,
 * then moved into place atomically, so a crash never leaves a half-written blob under a valid name.
 */
public final class BlobStore {
    private final Path root;

    public BlobStore(Path dataFolder) {
        this.root = dataFolder.resolve("blobs").resolve("sha256");
    }

    /** A stored blob: its SHA-256 (hex) and size in bytes. */
    public record Blob(String sha256, long size) {
    }

    public Blob put(InputStream in) throws IOException {
        Files.createDirectories(root);
        Path tmp = Files.createTempFile(root, "incoming-", ".tmp");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
                size = in.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = path(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return new Blob(hash, size);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public Blob put(Path file) throws IOException {
        try (InputStream in = InputFiles.open(file)) {
            return put(in);
        }
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public boolean exists(String sha256) {
        return Files.exists(path(sha256));
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    /** Copies a blob out to a file the person chose. */
    public void export(String sha256, Path target) throws IOException {
        Files.copy(path(sha256), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
