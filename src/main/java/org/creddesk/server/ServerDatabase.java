package org.creddesk.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's only store: a PostgreSQL database (bundled or any 14+), migrated by Flyway from
 * {@code db/server} at start. A database migrated by a newer CredDesk is refused, never touched.
 */
public final class ServerDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);
    static final String LOCATION = "classpath:db/server";

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private ServerDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Connects, refuses a newer schema, applies pending migrations. */
    public static ServerDatabase open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setPoolName("creddesk-server");
        config.setInitializationFailTimeout(10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ServerException("Cannot reach the database " + redacted(jdbcUrl) + ": " + rootMessage(e), e);
        }
        try {
            migrate(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new ServerDatabase(ds);
    }

    private static void migrate(HikariDataSource ds) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations(LOCATION).load();
        MigrationInfo[] all = flyway.info().all();
        // A migration applied to the database that this build does not carry: a newer CredDesk wrote it.
        boolean newer = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            MigrationInfo current = flyway.info().current();
            int known = Arrays.stream(all).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                    .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion())).max().orElse(0);
            throw new ServerException(503, "The server database has schema version "
                    + (current == null ? "?" : current.getVersion().getVersion())
                    + ", newer than this CredDesk knows (" + known + "); update CredDesk on this server.");
        }
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("server schema migrated to version {}", result.targetSchemaVersion);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String redacted(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
