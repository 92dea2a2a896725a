package org.creddesk.monitoring;

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
import java.util.function.Consumer;
import org.creddesk.domain.Progress;
import org.creddesk.domain.monitoring.ExclusionRecord;
import org.creddesk.domain.monitoring.ListSource;

/**
 * Streams one exclusion-list file: recognizes its layout by the header (refusing an unknown one with the columns
 * expected), hands each usable row to a sink, hashes the bytes as they pass, and lists the rows it could not use.
 */
public final class ListFileReader {
    private static final int MAX_PROBLEMS_KEPT = 20;

    /** What reading a file found: its list, rows handed on, SHA-256 of the bytes, and rows that were refused. */
    public record Summary(ListSource source, String layout, int rows, String sha256, int problemCount,
                          List<String> problems) {
    }

    private ListFileReader() {
    }

    /** Reads {@code file}, which must be a list of {@code expected} (null: either). */
    public static Summary read(Path file, ListSource expected, Consumer<ExclusionRecord> sink, Progress progress) {
        MessageDigest sha = sha256();
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream digest = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), sha);
             Reader reader = new InputStreamReader(digest, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            CsvRecords csv = new CsvRecords(reader);
            List<String> header = csv.next();
            ListLayout layout = layoutFor(file, header);
            if (expected != null && layout.source() != expected) {
                throw new ListFileException(file.getFileName() + " is a " + layout.description() + " file, not "
                        + (expected == ListSource.LEIE ? "an OIG LEIE" : "a SAM.gov exclusions") + " file.");
            }
            int rows = 0;
            int problemCount = 0;
            List<String> problems = new ArrayList<>();
            List<String> fields;
            long line = csv.line();
            while ((fields = csv.next()) != null) {
                try {
                    sink.accept(layout.map(fields, line));
                    rows++;
                } catch (RowProblem p) {
                    problemCount++;
                    if (problems.size() < MAX_PROBLEMS_KEPT) {
                        problems.add(p.getMessage());
                    }
                }
                line = csv.line();
                if (rows % 5000 == 0) {
                    progress.checkCancelled();
                    progress.update(rows, -1, file.getFileName().toString()); // total unknown while streaming
                }
            }
            if (rows == 0 && problemCount > 0) {
                throw new ListFileException(file.getFileName() + ": no row could be read. " + problems.get(0));
            }
            return new Summary(layout.source(), layout.description(), rows, HexFormat.of().formatHex(sha.digest()),
                    problemCount, List.copyOf(problems));
        } catch (NoSuchFileException e) {
            throw new ListFileException("The file " + file + " does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new ListFileException("The file " + file + " cannot be read (permission denied).", e);
        } catch (IOException e) {
            throw new ListFileException("The file " + file + " cannot be read: " + e.getMessage(), e);
        }
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
