package org.creddesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.creddesk.files.InputFileException;
import org.creddesk.monitoring.ListFileException;
import org.creddesk.packet.PdfInputException;
import org.creddesk.provider.NotFoundException;
import org.creddesk.roster.RosterFileException;
import org.creddesk.store.StoreDiskFullException;
import org.creddesk.store.StoreException;

/**
 * One sentence for a failure, the same in the command line and the window: which file, what is wrong, what to do.
 * Failures the features already explain (a damaged spreadsheet or PDF, a locked or damaged database, a missing
 * file) keep their sentence; a full disk says so wherever it happened; anything else says it was unexpected and
 * where its trace is. The trace itself never goes to the person: the shells write it to the {@link ErrorLog}.
 */
public final class FailureSentence {
    private FailureSentence() {
    }

    public static String of(Throwable failure, Path logFile) {
        Throwable t = unwrap(failure);
        if (isDiskFull(t)) {
            return t instanceof StoreDiskFullException ? t.getMessage() : "The disk is full, so "
                    + what(t) + " could not be written and nothing of this step was saved: free some space and "
                    + "try again.";
        }
        if (isExplained(t)) {
            return t.getMessage();
        }
        if (t instanceof NoSuchFileException e) {
            return e.getFile() + " not found: check the name and the folder.";
        }
        if (t instanceof AccessDeniedException e) {
            return "CredDesk may not read or write " + e.getFile() + ": check its permissions.";
        }
        if (t instanceof FileSystemException e && e.getFile() != null) {
            return e.getFile() + " could not be read or written (" + (e.getReason() == null ? "file system error"
                    : e.getReason()) + "): check the disk and try again.";
        }
        if (t instanceof IOException) {
            return "A file could not be read or written (" + firstLine(t) + "): check the disk and try again; the "
                    + "details are in " + logFile + ".";
        }
        if (t instanceof OutOfMemoryError) {
            return "CredDesk ran out of memory on this task (a file may be far larger than it looks), so nothing of it "
                    + "was saved; the details are in " + logFile + ".";
        }
        return "An unexpected error (" + t.getClass().getSimpleName() + ") stopped this task and nothing of it was "
                + "saved; the details are in " + logFile + ".";
    }

    /** A failure whose message was written for a person (a refusal, a file that cannot be used, a locked store). */
    public static boolean isExplained(Throwable failure) {
        Throwable t = unwrap(failure);
        return t instanceof StoreException || t instanceof NotFoundException || t instanceof RosterFileException
                || t instanceof ListFileException || t instanceof PdfInputException
                || t instanceof InputFileException || t instanceof IllegalArgumentException && t.getMessage() != null;
    }

    /** No space left, wherever it was found: SQLite's SQLITE_FULL (the store says so) or the file system's ENOSPC. */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreDiskFullException) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left on device") || m.contains("not enough space on the disk")
                    || m.contains("database or disk is full")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof UncheckedIOException || t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String what(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof FileSystemException e && e.getFile() != null) {
                return e.getFile();
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return "the file";
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
