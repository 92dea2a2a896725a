package org.creddesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns what SQLite reports into one sentence for a person: which file, what is wrong, what to do. A locked file,
 * a full disk, a damaged page, a read-only file and a vanished disk each get their own; anything else is left as
 * it is (the shells say it was unexpected and keep the trace in the log file).
 */
final class StoreFailures {
    /**
     * Below this much free space an I/O error is taken for a full disk: SQLite reports a full disk as
     * SQLITE_FULL when a page cannot be written, but as "disk I/O error (SHMSIZE)" when its shared-memory index
     * cannot grow, which on a full disk is usually what fails first.
     */
    static final long LOW_SPACE_BYTES = 8L * 1024 * 1024;

    // SQLite's primary result codes (the low byte of an extended code).
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private StoreFailures() {
    }

    /** {@code e} as a {@link StoreException} with a sentence when SQLite said why, else {@code e} itself. */
    static RuntimeException translate(Path file, RuntimeException e) {
        StoreException sentence = sentence(file, e);
        if (sentence == null || e instanceof StoreException && sentence.getMessage().equals(e.getMessage())) {
            return e; // not SQLite's, or already the sentence
        }
        return sentence;
    }

    /** The sentence for the SQLite failure in {@code e}, or {@code fallback} when SQLite did not say why. */
    static StoreException sentenceOr(Path file, Throwable e, String fallback) {
        StoreException sentence = sentence(file, e);
        return sentence != null ? sentence : new StoreException(fallback, e);
    }

    /** The sentence for the SQLite failure somewhere in {@code e}'s causes, or null when there is none. */
    static StoreException sentence(Path file, Throwable e) {
        return sentence(file, e, () -> usableSpace(file));
    }

    /** As above, with the free space on the file's disk told (so a test can say the disk is full). */
    static StoreException sentence(Path file, Throwable e, java.util.function.LongSupplier usableBytes) {
        SQLiteException se = sqliteCause(e);
        if (se == null) {
            return null;
        }
        String name = String.valueOf(file.getFileName());
        int code = primary(se.getResultCode());
        return switch (code) {
            case BUSY, LOCKED -> new StoreLockedException("The database " + name
                    + " is busy: another CredDesk window or program is writing to it. Try again in a moment.", e);
            case FULL -> full(file, e);
            case CORRUPT, NOTADB -> new StoreException("The database " + file + " is damaged (part of the file "
                    + "cannot be read), so nothing was changed: restore the newest copy from "
                    + folder(file).resolve("backups") + " or your own backup, or have the file repaired.", e);
            case READONLY -> new StoreException("The database " + file + " cannot be written (the file or its "
                    + "folder is read-only): check their permissions; nothing was saved.", e);
            case CANTOPEN -> new StoreException("The database " + file + " cannot be opened: check that its "
                    + "folder exists and that CredDesk may write there.", e);
            case IOERR -> usableBytes.getAsLong() < LOW_SPACE_BYTES ? full(file, e) : new StoreException("The database " + file
                    + " could not be read or written (disk I/O error): check that its disk or network drive is "
                    + "still there and try again; nothing was saved.", e);
            default -> null;
        };
    }

    private static StoreException full(Path file, Throwable e) {
        return new StoreDiskFullException("The disk holding " + file + " is full, so nothing was saved: free some "
                + "space on it and try again.", e);
    }

    private static long usableSpace(Path file) {
        try {
            return Files.getFileStore(folder(file)).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE; // unknown: not taken for a full disk
        }
    }

    private static Path folder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static SQLiteException sqliteCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se) {
                return se;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static int primary(SQLiteErrorCode code) {
        return code == null ? -1 : code.code & 0xFF;
    }
}
