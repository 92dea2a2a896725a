package org.creddesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite store: connection setup (WAL, foreign keys, busy timeout on every connection), migrations with a
 * backup copy first, and the single writer. Reads may run in parallel; every write goes through {@link #write}.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final int busyTimeoutMs;
    private final Clock clock;
    private final WriterConnection writerConnection;
    private final Jdbi writer;
    private final Jdbi reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** The write transaction this thread is inside, if any: nested writes and reads join it. */
    private final ThreadLocal<Handle> openWrite = new ThreadLocal<>();
    private final AtomicInteger savepoints = new AtomicInteger();
    private final WalCheckpointer checkpointer;

    private Database(Path file, Clock clock, int busyTimeoutMs) {
        this.file = file;
        this.busyTimeoutMs = busyTimeoutMs;
        this.clock = clock;
        this.writerConnection = new WriterConnection(dataSource(file, true, busyTimeoutMs));
        this.writer = withoutValuesInMessages(Jdbi.create(writerConnection));
        this.reader = withoutValuesInMessages(Jdbi.create(dataSource(file, false, busyTimeoutMs)));
        this.checkpointer = new WalCheckpointer(dataSource(file, false, busyTimeoutMs), file.toAbsolutePath(),
                busyTimeoutMs);
    }

    /**
     * Jdbi puts the statement's bound values into its exception messages by default; those are names, NPIs and
     * dates of birth, and the messages end up in the log file.
     */
    private static Jdbi withoutValuesInMessages(Jdbi jdbi) {
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
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
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new StoreException(file + " is not a regular file (a device, pipe or socket): give a database file");
        }
        if (!Files.exists(file)) {
            NewDatabaseFile.create(file);
        }
        Database db = new Database(file, clock, busyTimeoutMs);
        try {
            new SchemaMigration(db, dataSource(file, false, SchemaMigration.LOCK_WAIT_MS)).run(targetVersion);
        } catch (RuntimeException e) {
            db.close();
            RuntimeException translated = StoreFailures.translate(file, e);
            if (translated instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("Cannot open the database " + file.getFileName() + ": " + rootMessage(e), e);
        }
        return db;
    }

    static SQLiteDataSource dataSource(Path file, boolean forWriting, int busyTimeoutMs) {
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

    /**
     * Runs {@code work} in one write transaction on the single writer; everything or nothing is kept. Called again
     * from inside {@code work} (on the same thread), it joins that transaction under a savepoint: a part that fails
     * is undone on its own, and nothing is kept unless the outermost write commits. That makes several services'
     * writes one unit (the bundled sample: providers, payers and enrollments together).
     */
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        Handle open = openWrite.get();
        if (open != null) {
            return nested(open, work);
        }
        writeLock.lock();
        try {
            T result = writer.inTransaction(TransactionIsolationLevel.SERIALIZABLE, h -> {
                openWrite.set(h);
                try {
                    return work.withHandle(h);
                } finally {
                    openWrite.remove();
                }
            });
            checkpointer.committed(writerConnection.current());
            return result;
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Like {@link #write}, but waits as long as a migration would ({@link SchemaMigration#LOCK_WAIT_MS}) for another
     * program's writes to end instead of the usual few seconds: for work each CredDesk start does once, which
     * several programs started together would otherwise race for (the first derives, the others find it done).
     */
    public <T> T writeWhenFree(HandleCallback<T, RuntimeException> work) {
        if (openWrite.get() != null) {
            return write(work);
        }
        writeLock.lock();
        try {
            busyTimeout(SchemaMigration.LOCK_WAIT_MS);
            try {
                return write(work);
            } finally {
                busyTimeout(busyTimeoutMs);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void busyTimeout(int ms) {
        try (java.sql.Statement st = writerConnection.current().createStatement()) {
            st.execute("PRAGMA busy_timeout = " + ms);
        } catch (SQLException e) {
            throw StoreFailures.sentenceOr(file, e, "Cannot reach the database " + file + ": " + e.getMessage());
        }
    }

    private <T> T nested(Handle h, HandleCallback<T, RuntimeException> work) {
        String savepoint = "part_" + savepoints.incrementAndGet();
        h.execute("SAVEPOINT " + savepoint);
        try {
            T result = work.withHandle(h);
            h.execute("RELEASE " + savepoint);
            return result;
        } catch (RuntimeException e) {
            try {
                h.execute("ROLLBACK TO " + savepoint);
                h.execute("RELEASE " + savepoint);
            } catch (RuntimeException undo) {
                // SQLite rolls back the whole transaction by itself on some failures (a full disk): the savepoint
                // went with it, and the outer write ends in a rollback anyway. The first failure is the one to tell.
                e.addSuppressed(undo);
            }
            throw e;
        }
    }

    /**
     * Runs a read on its own connection; may run in parallel with other reads and the writer. Inside a
     * {@link #write} on the same thread it reads on the writer's transaction, so it sees what that wrote so far.
     */
    public <T> T read(HandleCallback<T, RuntimeException> work) {
        try {
            Handle open = openWrite.get();
            return open != null ? work.withHandle(open) : reader.withHandle(work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private RuntimeException translate(RuntimeException e) {
        return StoreFailures.translate(file, e);
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
