package org.creddesk.app;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.creddesk.store.DataFolder;

/**
 * The log file, {@code logs/creddesk.log} in the data folder: where stack traces go instead of the person's screen.
 * Several CredDesk processes may append to it at once (each write is one append). Past {@link #ROTATE_BYTES} it is
 * moved to {@code creddesk.log.1} when a program starts, so it never grows without bound.
 */
public final class ErrorLog {
    static final long ROTATE_BYTES = 10L * 1024 * 1024;
    private final Path file;

    public ErrorLog(Path file) {
        this.file = file;
    }

    /** The log of the data folder CredDesk uses by default ($CREDDESK_HOME, else the operating system's place). */
    public static ErrorLog inDataFolder() {
        return new ErrorLog(DataFolder.resolveDefault().resolve("logs").resolve("creddesk.log"));
    }

    public Path file() {
        return file;
    }

    /** Appends the time, what failed and the whole trace; a log that cannot be written is not worth failing for. */
    public void record(String what, Throwable failure) {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println(Instant.now() + " ERROR " + what);
            failure.printStackTrace(w);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            // a full disk or a read-only folder: the person still has the sentence
        }
    }

    /**
     * A stream appending to the log, for the program's standard error: what libraries print there (PDFBox's and
     * POI's warnings with their traces, a thread's uncaught exception) lands in the file. Null when the log folder
     * cannot be written, in which case standard error stays as it is.
     */
    public PrintStream openStream() {
        try {
            Files.createDirectories(file.getParent());
            if (Files.isRegularFile(file) && Files.size(file) > ROTATE_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            return new PrintStream(new FileOutputStream(file.toFile(), true), true, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
