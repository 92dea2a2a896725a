package org.creddesk.roster;

import org.creddesk.files.InputFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a roster file by what its bytes are, not by its name: zip = .xlsx, OLE2 = .xls (or an encrypted .xlsx),
 * text = CSV. Every way a file can be unreadable becomes one {@link RosterFileException} sentence.
 */
public final class SpreadsheetFiles {
    private SpreadsheetFiles() {
    }

    public static SpreadsheetReader open(Path path) {
        String name = path.getFileName().toString();
        InputFiles.require(path);
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new RosterFileException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
            return new XlsxReader(path.toFile());
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return openOle2(path.toFile());
        }
        if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            throw new RosterFileException(name + " is a PDF, not a spreadsheet: save the roster as .xlsx, .xls or .csv");
        }
        if (head.length == 0) {
            throw new RosterFileException(name + " is empty");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")
                || !CsvReader.looksLikeText(head)) {
            throw new RosterFileException(name + " is not a spreadsheet (its content is neither Excel nor text)");
        }
        return new CsvReader(path);
    }

    private static SpreadsheetReader openOle2(File file) {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file, true);
        } catch (IOException | RuntimeException e) {
            throw failure(file.getName(), e);
        }
        if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
            close(fs);
            throw new RosterFileException(file.getName()
                    + " is password-protected: open it in Excel, remove the password and save it again");
        }
        return new XlsReader(file, fs);
    }

    private static void close(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // read-only
        }
    }

    /** One sentence for whatever POI, the zip layer or the XML parser threw. */
    static RosterFileException failure(String name, Throwable e) {
        if (e instanceof RosterFileException rfe) {
            return rfe;
        }
        String all = messages(e).toLowerCase(Locale.ROOT);
        if (all.contains("zip bomb")) {
            return new RosterFileException(name + " was refused: it expands to far more data than it holds (zip bomb)", e);
        }
        if (all.contains("doctype") || all.contains("entity")) {
            return new RosterFileException(name + " was refused: it contains XML entity declarations, which a "
                    + "spreadsheet never needs", e);
        }
        if (e instanceof EncryptedDocumentException || all.contains("password") || all.contains("encrypt")) {
            return new RosterFileException(name + " is password-protected: open it in Excel, remove the password "
                    + "and save it again", e);
        }
        return new RosterFileException(name + " is damaged or not a spreadsheet (" + rootMessage(e) + ")", e);
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append(' ');
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
