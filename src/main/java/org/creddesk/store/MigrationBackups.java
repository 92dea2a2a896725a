package org.creddesk.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy taken before a schema migration: {@code backups/<name>-v<version>-<time>.db}, one per version the file
 * was migrated from. A second try from the same version (after a failed one) replaces the copy instead of adding
 * another: the file is unchanged since, and a big store's copy is large.
 */
final class MigrationBackups {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationBackups.class);
    private final Database db;

    MigrationBackups(Database db) {
        this.db = db;
    }

    /** Copies the database with VACUUM INTO (a consistent copy even in WAL mode) before migrating from {@code version}. */
    Path copyBefore(int version) {
        Path dir = db.folder().resolve("backups");
        String prefix = db.file().getFileName().toString().replaceFirst("\\.db$", "") + "-v" + version + "-";
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
                .format(db.clock().instant());
        Path target = dir.resolve(prefix + stamp + ".db");
        Path partial = dir.resolve(prefix + stamp + ".db.partial");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(partial);
            db.read(h -> h.execute("VACUUM INTO ?", partial.toString()));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            removeOlderCopies(dir, prefix, target);
            LOG.info("backed up schema version {} before migrating", version);
            return target;
        } catch (IOException e) {
            throw new StoreException("Cannot back up the database before migrating it (" + e.getMessage()
                    + "); nothing was changed.", e);
        } catch (StoreException e) {
            throw e instanceof StoreDiskFullException ? e : new StoreException("Cannot back up the database before "
                    + "migrating it, so nothing was changed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover partial copy is replaced by the next try
            }
        }
    }

    private static void removeOlderCopies(Path dir, String prefix, Path keep) throws IOException {
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(dir, prefix + "*.db*")) {
            for (Path p : copies) {
                String rest = p.getFileName().toString().substring(prefix.length());
                if (!p.equals(keep) && rest.matches("\\d{8}-\\d{6}\\.db(\\.partial)?")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
