package org.creddesk.roster;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text: UTF-8 with or without BOM, else Windows-1252 (what Excel on Windows saves); the
 * delimiter (comma, semicolon, tab, pipe) is the one that splits the first lines most consistently. FastCSV
 * parses the quoting (ADR 0020): quoted fields may hold delimiters, doubled quotes and line breaks; a quote that
 * is never closed, or text after a closing quote, refuses the file with its line and column, because every row
 * after it would be misread.
 */
final class CsvReader implements SpreadsheetReader {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final char QUOTE = '"';
    /** Lines longer than this are not looked at for the delimiter (a roster line is far shorter). */
    private static final int SNIFF_LINE_CHARS = 1 << 16;

    private final Path file;
    private final Charset charset;
    private final boolean bom;
    private final char delimiter;

    CsvReader(Path file) {
        this.file = file;
        try {
            byte[] head = headBytes(file, 3);
            this.bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            this.charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
            this.delimiter = detectDelimiter();
        } catch (IOException e) {
            throw new RosterFileException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
    }

    private static byte[] headBytes(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    /** Streams the whole file through a strict UTF-8 decoder; one bad sequence means it is not UTF-8. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buf = new char[65536];
            while (r.read(buf) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private char detectDelimiter() throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = open()) {
            String line;
            while (lines.size() < 30 && (line = boundedLine(r)) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        char best = ',';
        int bestScore = 0;
        for (char d : DELIMITERS) {
            int score = 0;
            for (String line : lines) {
                int count = countOutsideQuotes(line, d);
                score += count > 0 ? 1 + Math.min(count, 40) : 0;
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** The next line, at most {@link #SNIFF_LINE_CHARS} of it: a file without line breaks never fills the heap. */
    private static String boundedLine(BufferedReader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = r.read()) >= 0) {
            if (c == '\n') {
                return sb.toString();
            }
            if (c != '\r' && sb.length() < SNIFF_LINE_CHARS) {
                sb.append((char) c);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static int countOutsideQuotes(String line, char d) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                count++;
            }
        }
        return count;
    }

    private BufferedReader open() throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
        if (bom) {
            r.read();
        }
        return r;
    }

    @Override
    public List<String> sheetNames() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return List.of(dot > 0 ? name.substring(0, dot) : name);
    }

    @Override
    public void read(String sheet, RowSink sink) {
        String name = file.getFileName().toString();
        CsvRowHandler rows = new CsvRowHandler(name, QUOTE);
        try (Reader in = open(); de.siegmar.fastcsv.reader.CsvReader<SheetRow> csv = parser(rows, in)) {
            for (SheetRow row : csv) {
                if (!sink.accept(row)) {
                    return;
                }
            }
        } catch (CsvParseException e) {
            throw malformed(name, rows, e);
        } catch (IOException | UncheckedIOException e) {
            throw new RosterFileException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private de.siegmar.fastcsv.reader.CsvReader<SheetRow> parser(CsvRowHandler rows, Reader in) {
        return de.siegmar.fastcsv.reader.CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter(QUOTE)
                .skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                // `1, "Smith", "Anna"`: spaces around a quoted field are not part of it (as Excel reads it)
                .trimWhitespacesAroundQuotes(true)
                .maxBufferSize(SpreadsheetLimits.MAX_ROW_CHARS)
                .build(rows, in);
    }

    /** One sentence for FastCSV's refusals, with where the file goes wrong and what to do about it. */
    private static RosterFileException malformed(String name, CsvRowHandler rows, CsvParseException e) {
        if (e.getCause() instanceof RosterFileException rfe) {
            return rfe;
        }
        String where = name + ", line " + rows.line() + ", column " + rows.column();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Unclosed quoted field")) {
            return new RosterFileException(where + ": a quote opens a cell that is never closed, so every line "
                    + "after it would be read into that one cell; close or remove the quote and import again", e);
        }
        if (message.startsWith("The maximum buffer size")) {
            return new RosterFileException(where + ": a cell runs past " + String.format("%,d",
                    SpreadsheetLimits.MAX_ROW_CHARS) + " characters, which no roster holds; a quote that is never "
                    + "closed reads every line after it into one cell: close or remove it and import again", e);
        }
        if (message.startsWith("Unexpected character after closing quote")) {
            return new RosterFileException(where + ": text follows the closing quote of a quoted cell (like "
                    + "\"Smith\"Jr); put the whole cell in quotes and double the quotes inside it", e);
        }
        return new RosterFileException(where + " cannot be read as CSV (" + message + ")", e);
    }

    static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
