package org.creddesk.monitoring;

import org.creddesk.files.InputFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.function.Consumer;
import org.creddesk.domain.Progress;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.roster.RosterFileException;
import org.creddesk.roster.SpreadsheetFiles;
import org.creddesk.roster.SpreadsheetReader;

/**
 * Streams one exclusion-list file: recognizes its layout by the header (refusing an unknown one with the columns
 * expected), hands each usable row to a sink, hashes the bytes as they pass, and lists the rows it could not use.
 */
public final class ListFileReader {
    private static final int MAX_PROBLEMS_KEPT = 20;

    /**
     * What reading a file found: its list, rows handed on, SHA-256 of the bytes, rows that were refused, and
     * {@code cutShort}: how the file ends in the middle of a row (a download cut short), null when it ends whole.
     */
    public record Summary(ListSource source, String layout, int rows, String sha256, int problemCount,
                          List<String> problems, String cutShort) {
    }

    private ListFileReader() {
    }

    /**
     * Reads {@code file}, which must be a list of {@code expected} (null: either): CSV, or an .xlsx workbook (the SAM
     * samples GSA publishes) read through the roster package's streaming spreadsheet reader, first sheet.
     */
    public static Summary read(Path file, ListSource expected, Consumer<ExclusionRecord> sink, Progress progress) {
        InputFiles.require(file);
        try {
            if (isZip(file)) {
                Optional<String> csvInside = csvEntry(file);
                if (csvInside.isEmpty()) {
                    return readWorkbook(file, expected, sink, progress);
                }
                // SAM.gov delivers its extract as a .ZIP holding one CSV: read it in place; the hash is the zip's.
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    Summary inner = readCsv(file, ZipEntryLimits.open(zip, zip.getEntry(csvInside.get()), file),
                            expected, sink, progress);
                    return new Summary(inner.source(), inner.layout(), inner.rows(), sha256Of(file),
                            inner.problemCount(), inner.problems(), inner.cutShort());
                }
            }
            try (InputStream raw = Files.newInputStream(file)) {
                return readCsv(file, raw, expected, sink, progress);
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static ListFileException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ListFileException("The file " + file + " does not exist.", e);
        }
        if (e instanceof AccessDeniedException) {
            return new ListFileException("The file " + file + " cannot be read (permission denied).", e);
        }
        return new ListFileException("The file " + file + " cannot be read: " + e.getMessage(), e);
    }

    /** What a file's header says it is, before importing it. */
    public record Detected(ListSource source, String layout) {
    }

    /**
     * Reads only the header of {@code file} and names the list it belongs to.
     *
     * @throws ListFileException when the file cannot be read or its header is unknown (naming the columns expected)
     */
    public static Detected detect(Path file) {
        InputFiles.require(file);
        try {
            ListLayout layout = layoutFor(file, header(file));
            return new Detected(layout.source(), layout.description());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static List<String> header(Path file) throws IOException {
        if (!isZip(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return firstRecord(in);
            }
        }
        Optional<String> csvInside = csvEntry(file);
        if (csvInside.isPresent()) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return firstRecord(ZipEntryLimits.open(zip, zip.getEntry(csvInside.get()), file));
            }
        }
        SpreadsheetReader book;
        try {
            book = SpreadsheetFiles.open(file);
            List<String> sheets = book.sheetNames();
            List<List<String>> first = new ArrayList<>();
            if (!sheets.isEmpty()) {
                book.read(sheets.get(0), row -> {
                    if (row.isBlank()) {
                        return true;
                    }
                    first.add(row.cells());
                    return false;
                });
            }
            if (book instanceof AutoCloseable closeable) {
                closeable.close();
            }
            return first.isEmpty() ? null : first.get(0);
        } catch (RosterFileException e) {
            throw new ListFileException(e.getMessage(), e);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<String> firstRecord(InputStream raw) throws IOException {
        Reader reader = new InputStreamReader(new BufferedInputStream(raw, 1 << 16), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new CsvRecords(reader).next();
    }

    private static Summary readCsv(Path file, InputStream raw, ListSource expected, Consumer<ExclusionRecord> sink,
                                   Progress progress) throws IOException {
        MessageDigest sha = sha256();
        try (DigestInputStream digest = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), sha);
             Reader reader = new InputStreamReader(digest, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            CsvRecords csv = new CsvRecords(reader);
            Rows rows = new Rows(file, expected, sink, progress, csv.next());
            List<String> fields;
            long line = csv.line();
            long lastLine = 0;
            boolean lastRead = true;
            int lastWidth = 0;
            while ((fields = csv.next()) != null) {
                lastRead = rows.row(fields, line);
                lastLine = line;
                lastWidth = fields.size();
                line = csv.line();
            }
            String cutShort = null;
            if (lastLine > 0 && csv.lastRecordCutShort()) {
                if (csv.lastRecordEndedInsideQuotes()) {
                    cutShort = "it ends inside a quoted field of line " + lastLine + ", so its last row is cut off";
                } else if (!lastRead || lastWidth < rows.width) {
                    cutShort = "it ends in the middle of line " + lastLine + " (" + lastWidth + " of " + rows.width
                            + " columns, no line break after it), so its last row is cut off";
                }
            }
            return rows.summary(HexFormat.of().formatHex(sha.digest()), cutShort);
        }
    }

    /** The one CSV inside a zip that is not a workbook, if that is what the file is. */
    private static Optional<String> csvEntry(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                return Optional.empty();
            }
            List<String> csvs = zip.stream().filter(e -> !e.isDirectory())
                    .map(ZipEntry::getName).filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")).toList();
            if (csvs.size() != 1) {
                throw new ListFileException(file.getFileName() + " is a zip archive holding " + csvs.size()
                        + " CSV files; expected exactly one (the SAM.gov extract) or an .xlsx workbook.");
            }
            return Optional.of(csvs.get(0));
        } catch (java.util.zip.ZipException e) {
            throw new ListFileException(file.getFileName() + " is a damaged zip archive: " + e.getMessage(), e);
        }
    }

    private static Summary readWorkbook(Path file, ListSource expected, Consumer<ExclusionRecord> sink,
                                        Progress progress) throws IOException {
        SpreadsheetReader book;
        try {
            book = SpreadsheetFiles.open(file);
        } catch (RosterFileException e) {
            throw new ListFileException(e.getMessage(), e);
        }
        try {
            List<String> sheets = book.sheetNames();
            if (sheets.isEmpty()) {
                throw new ListFileException(file.getFileName() + " has no sheet.");
            }
            Rows[] rows = new Rows[1];
            book.read(sheets.get(0), row -> {
                if (row.isBlank()) {
                    return true;
                }
                if (rows[0] == null) {
                    rows[0] = new Rows(file, expected, sink, progress, row.cells());
                } else {
                    List<String> cells = new ArrayList<>(row.cells());
                    while (cells.size() < rows[0].width) {
                        cells.add("");
                    }
                    rows[0].row(cells, row.number());
                }
                return true;
            });
            if (rows[0] == null) {
                rows[0] = new Rows(file, expected, sink, progress, null);
            }
            return rows[0].summary(sha256Of(file), null);
        } catch (RosterFileException e) {
            throw new ListFileException(e.getMessage(), e);
        } finally {
            if (book instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // read-only
                }
            }
        }
    }

    /** Maps the rows of one file after its header, counting what it hands on and what it refuses. */
    private static final class Rows {
        private final ListLayout layout;
        private final Path file;
        private final Consumer<ExclusionRecord> sink;
        private final Progress progress;
        private final int width;
        private final List<String> problems = new ArrayList<>();
        private int count;
        private int problemCount;

        Rows(Path file, ListSource expected, Consumer<ExclusionRecord> sink, Progress progress, List<String> header) {
            this.file = file;
            this.sink = sink;
            this.progress = progress;
            this.layout = layoutFor(file, header);
            this.width = header.size();
            if (expected != null && layout.source() != expected) {
                throw new ListFileException(file.getFileName() + " is a " + layout.description() + " file, not "
                        + (expected == ListSource.LEIE ? "an OIG LEIE" : "a SAM.gov exclusions") + " file.");
            }
        }

        /** Hands one row on; false when it could not be read (kept among the problems). */
        boolean row(List<String> fields, long line) {
            boolean read = true;
            try {
                sink.accept(layout.map(fields, line));
                count++;
            } catch (RowProblem p) {
                read = false;
                problemCount++;
                if (problems.size() < MAX_PROBLEMS_KEPT) {
                    problems.add(p.getMessage());
                }
            }
            if ((count + problemCount) % 5000 == 0) {
                progress.checkCancelled();
                progress.update(count, -1, file.getFileName().toString()); // total unknown while streaming
            }
            return read;
        }

        Summary summary(String sha256, String cutShort) {
            if (count == 0 && problemCount > 0) {
                throw new ListFileException(file.getFileName() + ": no row could be read. " + problems.get(0));
            }
            return new Summary(layout.source(), layout.description(), count, sha256, problemCount,
                    List.copyOf(problems), cutShort);
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }

    private static String sha256Of(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static ListLayout layoutFor(Path file, List<String> header) {
        if (header == null) {
            throw new ListFileException(file.getFileName() + " is empty: expected an OIG LEIE or SAM.gov exclusions "
                    + "CSV with a header line.");
        }
        if (LeieLayout.matches(header)) {
            return new LeieLayout();
        }
        SamLayout sam = SamLayout.forHeader(header);
        if (sam != null) {
            return sam;
        }
        String seen = String.join(",", header);
        throw new ListFileException(file.getFileName() + " has an unknown header ("
                + (seen.length() > 120 ? seen.substring(0, 120) + "..." : seen) + "). Expected the OIG LEIE columns "
                + String.join(",", LeieLayout.COLUMNS) + "; or a SAM.gov exclusions extract with the columns "
                + String.join(", ", SamLayout.EXTRACT_REQUIRED) + "; or the SAM Exclusions API CSV with "
                + String.join(", ", SamLayout.API_REQUIRED) + ".");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
