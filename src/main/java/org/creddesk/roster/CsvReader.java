package org.creddesk.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
 * delimiter (comma, semicolon, tab, pipe) is the one that splits the first lines most consistently; quoted
 * fields may hold delimiters, doubled quotes and line breaks.
 */
final class CsvReader implements SpreadsheetReader {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
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
            while (lines.size() < 30 && (line = r.readLine()) != null) {
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

    private static int countOutsideQuotes(String line, char d) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
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
        try (BufferedReader r = open()) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int record = 1;
            int c;
            while ((c = r.read()) >= 0) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        r.mark(1);
                        int next = r.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (next >= 0) {
                                r.reset();
                            }
                        }
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                } else if (ch == delimiter) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        r.mark(1);
                        if (r.read() != '\n') {
                            r.reset();
                        }
                    }
                    cells.add(cell.toString());
                    cell.setLength(0);
                    if (!sink.accept(new SheetRow(record++, List.copyOf(cells)))) {
                        return;
                    }
                    cells.clear();
                } else {
                    cell.append(ch);
                }
            }
            if (!cells.isEmpty() || cell.length() > 0) {
                cells.add(cell.toString());
                sink.accept(new SheetRow(record, List.copyOf(cells)));
            }
        } catch (IOException e) {
            throw new RosterFileException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    static String decodeHead(byte[] head) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(head)).toString();
        } catch (CharacterCodingException e) {
            return CharBuffer.wrap(new String(head, Charset.forName("windows-1252"))).toString();
        }
    }
}
