package org.creddesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * Copies the write-ahead log back into the database file on a thread of its own, after commits that left the log
 * past {@link #THRESHOLD_BYTES}, instead of inside the writer's commit (SQLite's auto-checkpoint, turned off on the
 * writer's connection). The writer goes on with its next transaction while the pages are copied and synced: a bulk
 * import overlaps its CPU work with that I/O (ADR 0015). A PASSIVE checkpoint never blocks the writer or readers;
 * one that could not finish is simply tried again after the next commit. While commits keep coming the log cannot
 * start over from its beginning, so it grows; past {@link #RESTART_BYTES} the writer restarts it itself (waiting
 * for the copy in progress), which bounds the log's size on disk. Closing the database checkpoints the rest.
 */
final class WalCheckpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);
    /** SQLite's own auto-checkpoint threshold is 1000 pages: 16 MB with our page size. */
    static final long THRESHOLD_BYTES = 16L * 1024 * 1024;
    /** The most the log may grow during a long series of commits (a bulk import) before the writer restarts it. */
    static final long RESTART_BYTES = 256L * 1024 * 1024;
    /**
     * How long the writer waits for readers of older snapshots (or another program's checkpoint) when it restarts the
     * log, after this store's own checkpoint finished: briefly, since it holds the write lock meanwhile; a reader
     * that takes longer only means the log restarts after a later commit.
     */
    private static final int RESTART_WAIT_MS = 250;

    private final SQLiteDataSource dataSource;
    private final Path wal;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "creddesk-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Held while this store's own checkpoint copies pages: the writer's restart waits for it, not a timeout. */
    private final ReentrantLock copying = new ReentrantLock();
    private Connection connection;

    private final int busyTimeoutMs;

    WalCheckpointer(SQLiteDataSource dataSource, Path databaseFile, int busyTimeoutMs) {
        this.dataSource = dataSource;
        this.busyTimeoutMs = busyTimeoutMs;
        this.wal = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
    }

    /**
     * Called by the writer after every commit, on its own connection: queues one checkpoint when the log has grown
     * past the threshold, or restarts the log when it has grown past {@link #RESTART_BYTES}.
     */
    void committed(Connection writer) {
        long bytes = walBytes();
        if (bytes >= RESTART_BYTES) {
            copying.lock();
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA busy_timeout = " + RESTART_WAIT_MS);
                try {
                    st.execute("PRAGMA wal_checkpoint(RESTART)");
                } finally {
                    st.execute("PRAGMA busy_timeout = " + busyTimeoutMs);
                }
            } catch (SQLException e) {
                if (busy(e)) {
                    LOG.debug("restarting the log not done: {}", e.getMessage());
                } else {
                    LOG.warn("restarting the log failed: {}", e.getMessage());
                }
            } finally {
                copying.unlock();
            }
        } else if (bytes >= THRESHOLD_BYTES && queued.compareAndSet(false, true)) {
            try {
                thread.execute(this::checkpoint);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Closed: closing the last connection checkpoints what is left.
                queued.set(false);
            }
        }
    }

    private static boolean busy(SQLException e) {
        return e instanceof org.sqlite.SQLiteException se
                && (se.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_BUSY
                || se.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_LOCKED);
    }

    private long walBytes() {
        try {
            return Files.size(wal);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private void checkpoint() {
        queued.set(false);
        copying.lock();
        try {
            if (connection == null) {
                connection = dataSource.getConnection();
            }
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException e) {
            // Busy or locked: the next commit asks again, and closing the database checkpoints in the end.
            // Anything else is worth a line in the log (it names no person's data).
            if (busy(e)) {
                LOG.debug("background checkpoint not done: {}", e.getMessage());
            } else {
                LOG.warn("background checkpoint failed: {}", e.getMessage());
            }
        } finally {
            copying.unlock();
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("the background checkpoint did not finish in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("closing the checkpoint connection failed: {}", e.getMessage());
            }
        }
    }
}
