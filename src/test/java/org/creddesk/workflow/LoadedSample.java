package org.creddesk.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.creddesk.app.AppContext;

/**
 * The bundled sample data loaded once per test run on {@link #LOADED} and copied for each test that needs a store
 * of its own (loading it takes seconds; copying the file, milliseconds).
 */
public final class LoadedSample {
    public static final LocalDate LOADED = LocalDate.of(2026, 11, 23);
    private static Path template;

    private LoadedSample() {
    }

    /** A fresh copy of the loaded sample store in {@code dir}; returns its database file. */
    public static synchronized Path copyInto(Path dir) {
        try {
            if (template == null) {
                Path folder = Files.createTempDirectory("creddesk-sample-");
                folder.toFile().deleteOnExit();
                Path file = folder.resolve("creddesk.db");
                try (AppContext app = AppContext.open(file,
                        Clock.fixed(LOADED.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
                    app.sampleData().load(null);
                }
                template = file;
            }
            copyTree(template.getParent(), dir);
            return dir.resolve(template.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
