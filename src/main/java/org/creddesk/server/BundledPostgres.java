package org.creddesk.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL that comes with CredDesk (its binaries are a Maven dependency; nothing is downloaded), kept in
 * {@code DIR/postgres}. A second command on the same folder while {@code serve} runs (e.g. {@code server user
 * add}) connects to the running one through the port written in {@code DIR/postgres.port}.
 */
public final class BundledPostgres implements AutoCloseable {
    private final EmbeddedPostgres started;
    private final int port;

    private BundledPostgres(EmbeddedPostgres started, int port) {
        this.started = started;
        this.port = port;
    }

    public static BundledPostgres open(Path dataDir) {
        Path portFile = dataDir.resolve("postgres.port");
        Integer running = runningPort(portFile);
        if (running != null) {
            return new BundledPostgres(null, running);
        }
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .start();
            Files.writeString(portFile, Integer.toString(pg.getPort()), StandardCharsets.UTF_8);
            return new BundledPostgres(pg, pg.getPort());
        } catch (IOException e) {
            throw new ServerException("Cannot start the bundled PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static Integer runningPort(Path portFile) {
        if (!Files.isRegularFile(portFile)) {
            return null;
        }
        try {
            int port = Integer.parseInt(Files.readString(portFile).strip());
            try (Connection c = DriverManager.getConnection(url(port), "postgres", "postgres")) {
                return c.isValid(2) ? port : null;
            }
        } catch (IOException | NumberFormatException | SQLException e) {
            return null;
        }
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String jdbcUrl() {
        return url(port);
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    /** Stops it when this process started it; one that another process runs keeps running. */
    @Override
    public void close() {
        if (started != null) {
            try {
                started.close();
            } catch (IOException e) {
                throw new ServerException("Cannot stop the bundled PostgreSQL: " + e.getMessage(), e);
            }
        }
    }
}
