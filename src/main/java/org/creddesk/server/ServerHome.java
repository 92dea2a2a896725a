package org.creddesk.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the server keeps its data: the bundled PostgreSQL in {@code --data DIR}, or any PostgreSQL 14+ given
 * by {@code --database URL}. Opening it migrates the schema.
 */
public final class ServerHome implements AutoCloseable {
    private final BundledPostgres bundled;
    private final ServerDatabase database;

    private ServerHome(BundledPostgres bundled, ServerDatabase database) {
        this.bundled = bundled;
        this.database = database;
    }

    public static ServerHome open(Path dataDir, String jdbcUrl, String user, Path passwordFile) {
        if (jdbcUrl != null) {
            String password = passwordFile == null ? null : readSecret(passwordFile);
            return new ServerHome(null, ServerDatabase.open(jdbcUrl, user, password));
        }
        BundledPostgres pg = BundledPostgres.open(dataDir);
        try {
            return new ServerHome(pg, ServerDatabase.open(pg.jdbcUrl(), pg.user(), pg.password()));
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** A password from a file (first line, trimmed): never on the command line, where `ps` shows it. */
    public static String readSecret(Path file) {
        try {
            return Files.readString(file).lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new ServerException(400, "Cannot read the password file " + file + ": " + e.getMessage());
        }
    }

    public ServerDatabase database() {
        return database;
    }

    public TeamAdmin admin() {
        return new TeamAdmin(database);
    }

    @Override
    public void close() {
        database.close();
        if (bundled != null) {
            bundled.close();
        }
    }
}
