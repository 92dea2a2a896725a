package org.creddesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite store: connection setup (WAL, foreign keys, busy timeout on every connection), migrations with a
 * backup copy first, and the single writer. Reads may run in parallel; every write goes through {@link #write}.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final Clock clock;
    private final WriterConnection writerConnection;
    private final Jdbi writer;
    private final Jdbi reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final WalCheckpointer checkpointer;

    private Database(Path file, Clock clock, int busyTimeoutMs) {
        this.file = file;
        this.clock = clock;
        this.writerConnection = new WriterConnection(dataSource(file, true, busyTimeoutMs));
        this.writer = Jdbi.create(writerConnection);
        this.reader = Jdbi.create(dataSource(file, false, busyTimeoutMs));
        this.checkpointer = new WalCheckpointer(dataSource(file, false, busyTimeoutMs), file.toAbsolutePath(),
                busyTimeoutMs);
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static Database open(Path file, Clock clock) {
        return open(file, clock, Integer.MAX_VALUE, BUSY_TIMEOUT_MS);
    }

    /** Opens and migrates up to {@code targetVersion} only: tests use it to build a database of an older version. */
    static Database open(Path file, Clock clock, int targetVersion, int busyTimeoutMs) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder for " + file + ": " + e.getMessage(), e);
        }
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new StoreException("Cannot read the database file " + file);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a database file");
        }
        if (!Files.exists(file)) {
            create(file);
        }
        Database db = new Database(file, clock, busyTimeoutMs);
        try {
            db.migrate(targetVersion);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open the database " + file.getFileName() + ": " + rootMessage(e), e);
        }
        return db;
    }

    /**
     * A new database file gets 16 KB pages (SQLite's default is 4 KB): fewer, fuller B-tree pages for the many
     * small rows of a provider file and its deadlines. 100k providers insert in 14.6–15.9 s instead of 17.5–17.8 s
     * (ADR 0015); search and open stay as fast. A page size is fixed when the file is created, so older files keep
     * theirs.
     */
    private static void create(Path file) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = 16384");
            st.execute("PRAGMA journal_mode = WAL");
        } catch (java.sql.SQLException e) {
            throw new StoreException("Cannot create the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteDataSource dataSource(Path file, boolean forWriting, int busyTimeoutMs) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(busyTimeoutMs);
        if (forWriting) {
            // BEGIN IMMEDIATE: take the write lock up front so two processes wait for each other instead of
            // failing on a read-to-write upgrade.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            // Big imports touch many index pages; a 256 MB page cache (native memory, grown only as used) keeps them
            // from spilling: 100k providers insert in ~31 s instead of ~38 s.
            config.setCacheSize(-262144);
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            // The writer's connection stays open (WriterConnection), so the WAL is no longer removed on close:
            // truncate it after checkpoints instead of keeping a bulk import's high-water mark on disk.
            config.setJournalSizeLimit(64 * 1024 * 1024);
            // The log is copied back into the file by WalCheckpointer's thread, not inside the writer's commits.
            config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "0");
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    public Path file() {
        return file;
    }

    /** The folder beside the database that holds blobs and backups. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    public Clock clock() {
        return clock;
    }

    /** Runs {@code work} in one write transaction on the single writer; everything or nothing is kept. */
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        writeLock.lock();
        try {
            T result = writer.inTransaction(TransactionIsolationLevel.SERIALIZABLE, work);
            checkpointer.committed(writerConnection.current());
            return result;
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs a read on its own connection; may run in parallel with other reads and the writer. */
    public <T> T read(HandleCallback<T, RuntimeException> work) {
        try {
            return reader.withHandle(work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private RuntimeException translate(RuntimeException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SQLiteException se && (se.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                    || se.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
                return new StoreLockedException("The database " + file.getFileName()
                        + " is busy: another CredDesk window or program is writing to it. Try again in a moment.", e);
            }
            cause = cause.getCause();
        }
        return e;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public int schemaVersion() {
        return read(h -> h.createQuery("PRAGMA user_version").mapTo(Integer.class).one());
    }

    private void migrate(int targetVersion) {
        List<Migrator.Migration> all = Migrator.available();
        int current = schemaVersion();
        if (all.stream().noneMatch(m -> m.version() >= current) && current > 0) {
            throw new StoreException("The database " + file.getFileName() + " was written by a newer CredDesk "
                    + "(schema version " + current + "); update CredDesk to open it.");
        }
        List<Migrator.Migration> pending = all.stream()
                .filter(m -> m.version() > current && m.version() <= targetVersion).toList();
        if (pending.isEmpty()) {
            return;
        }
        if (current > 0) {
            backup(current);
        }
        writeLock.lock();
        try (Handle h = writer.open()) {
            Connection c = h.getConnection();
            for (Migrator.Migration m : pending) {
                apply(c, m);
            }
        } catch (SQLException e) {
            throw translate(new StoreException("Migration of " + file.getFileName() + " failed: " + e.getMessage(), e));
        } finally {
            writeLock.unlock();
        }
    }

    private static void apply(Connection c, Migrator.Migration m) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.executeUpdate(m.sql());
            st.executeUpdate("PRAGMA user_version = " + m.version());
            c.commit();
            LOG.info("applied migration V{} {}", m.version(), m.name());
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Copies the database to backups/ before a migration; VACUUM INTO gives a consistent copy even in WAL. */
    private void backup(int version) {
        Path dir = folder().resolve("backups");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        String name = file.getFileName().toString().replaceFirst("\\.db$", "") + "-v" + version + "-" + stamp + ".db";
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(name);
            Files.deleteIfExists(target);
            read(h -> h.execute("VACUUM INTO ?", target.toString()));
            LOG.info("backed up schema version {} before migrating", version);
        } catch (IOException | UnableToExecuteStatementException e) {
            throw new StoreException("Cannot back up the database before migrating: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // Read connections are opened per handle and closed with it; only the writer's stays open.
        checkpointer.close();
        writeLock.lock();
        try {
            writerConnection.close();
        } catch (SQLException e) {
            LOG.warn("closing the writer connection failed: {}", e.getMessage());
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * The single writer keeps one connection for its whole life instead of one per transaction: opening one parses
     * the schema again, and closing the last connection of a WAL database checkpoints and removes the WAL, which
     * made a one-provider save cost 15-40 ms instead of 4. Its page cache also stays warm between transactions.
     * Only {@link #write} and the migrations use it, under the write lock.
     */
    private static final class WriterConnection implements ConnectionFactory {
        private final SQLiteDataSource dataSource;
        private Connection connection;

        WriterConnection(SQLiteDataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public synchronized Connection openConnection() throws SQLException {
            if (connection == null || connection.isClosed()) {
                connection = dataSource.getConnection();
            }
            return connection;
        }

        @Override
        public void closeConnection(Connection c) throws SQLException {
            if (!c.isClosed() && !c.getAutoCommit()) {
                // Jdbi ends every transaction it began; this only guards the next writer against a leftover one.
                c.rollback();
                c.setAutoCommit(true);
            }
        }

        /** The open connection (after the first write), for the checkpointer's work after a commit. */
        synchronized Connection current() {
            try {
                return openConnection();
            } catch (SQLException e) {
                throw new StoreException("Cannot reach the database: " + e.getMessage(), e);
            }
        }

        synchronized void close() throws SQLException {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }
}
