package org.creddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A tiny versioned-SQL migrator: runs {@code db/migration/V<n>__<name>.sql} in order, each in its own
 * transaction, and records the version in SQLite's {@code user_version}. See ADR 0003.
 */
final class Migrator {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.sql");
    static final String LOCATION = "db/migration";

    record Migration(int version, String name, String sql) {
    }

    private Migrator() {
    }

    static List<Migration> available() {
        List<Migration> result = new ArrayList<>();
        for (String file : listFiles()) {
            Matcher m = NAME.matcher(file);
            if (m.matches()) {
                result.add(new Migration(Integer.parseInt(m.group(1)), m.group(2), read(file)));
            }
        }
        result.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < result.size(); i++) {
            if (result.get(i).version() == result.get(i - 1).version()) {
                throw new IllegalStateException("two migrations share version " + result.get(i).version());
            }
        }
        return result;
    }

    private static String read(String file) {
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(LOCATION + "/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> listFiles() {
        URL url = Migrator.class.getClassLoader().getResource(LOCATION + "/V1__baseline.sql");
        if (url == null) {
            throw new IllegalStateException("migrations are missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return names(fs.getPath("/" + LOCATION));
            }
            return names(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list migrations", e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
