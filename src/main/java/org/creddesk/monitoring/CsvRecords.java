package org.creddesk.monitoring;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming CSV tokenizer tolerant of the lists' looser quoting: quoted and bare fields, doubled quotes, commas
 * and line breaks inside quotes, CRLF or LF, a byte-order mark, and a stray quote inside a bare field (kept as
 * text). Reads one record at a time so an 80,000-row file never sits in memory.
 */
final class CsvRecords {
    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int pos;
    private int limit;
    private long line = 1;
    private boolean lastEndedAtEof;
    private boolean lastEndedInsideQuotes;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The line the next record starts on (1-based), for messages. */
    long line() {
        return line;
    }

    /**
     * Whether the record last returned ran into the end of the file with no line break after it, or inside a
     * quoted field: how a file cut short in transfer ends (a complete list ends its last row with a line break).
     */
    boolean lastRecordCutShort() {
        return lastEndedAtEof || lastEndedInsideQuotes;
    }

    /** Whether the record last returned ended inside a quoted field (its closing quote never came). */
    boolean lastRecordEndedInsideQuotes() {
        return lastEndedInsideQuotes;
    }

    /** The next record's fields, or null at the end of the file. Blank lines are skipped. */
    List<String> next() throws IOException {
        while (true) {
            int c = peek();
            if (c == -1) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                consumeLineEnd();
                continue;
            }
            if (c == '\uFEFF') {
                read();
                continue;
            }
            return record();
        }
    }

    private List<String> record() throws IOException {
        List<String> fields = new ArrayList<>(32);
        StringBuilder sb = new StringBuilder();
        lastEndedInsideQuotes = false;
        while (true) {
            int c = read();
            if (c == '"' && sb.isEmpty()) {
                if (!quoted(sb)) {
                    lastEndedInsideQuotes = true;
                }
                c = read();
                // Text after the closing quote (looser quoting) belongs to the same field.
                while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    sb.append((char) c);
                    c = read();
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    sb.append((char) c);
                    c = read();
                }
            }
            fields.add(sb.toString());
            sb.setLength(0);
            if (c == ',') {
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                read();
            }
            if (c != -1) {
                line++;
            }
            lastEndedAtEof = c == -1;
            return fields;
        }
    }

    /** Reads a quoted field's text; false when the file ends before its closing quote. */
    private boolean quoted(StringBuilder sb) throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                return false;
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    sb.append('"');
                    continue;
                }
                return true;
            }
            if (c == '\n') {
                line++;
            }
            sb.append((char) c);
        }
    }

    private void consumeLineEnd() throws IOException {
        int c = read();
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    private int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos++];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
