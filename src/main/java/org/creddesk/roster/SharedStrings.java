package org.creddesk.roster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shared-strings table of an xlsx, held compactly (UTF-8 in 1 MB chunks, two ints per string: a fifth of
 * what a list of Strings takes) within a byte budget, so a table that expands to gigabytes is refused with a
 * sentence before it fills the heap. A string longer than a cell may hold is kept as a gap ({@code null}).
 */
final class SharedStrings {
    private static final int CHUNK = 1 << 20;
    private static final int PER_STRING = 8;

    private final String fileName;
    private final long budget;
    private final List<byte[]> chunks = new ArrayList<>();
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int count;
    private int used = CHUNK;
    private long bytes;

    SharedStrings(String fileName, long budget) {
        this.fileName = fileName;
        this.budget = budget;
    }

    static SharedStrings empty(String fileName) {
        return new SharedStrings(fileName, 0);
    }

    void add(String text) {
        byte[] utf8 = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
        bytes += PER_STRING + (utf8 == null ? 0 : utf8.length);
        if (bytes > budget) {
            throw new RosterFileException(fileName + " holds more distinct cell text than CredDesk reads at once "
                    + "(over " + (budget >> 20) + " MB): save the sheet as CSV and import that, or split the file");
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        if (utf8 == null || utf8.length == 0) {
            lengths[count++] = utf8 == null ? -1 : 0;
            return;
        }
        if (used + utf8.length > CHUNK) {
            chunks.add(new byte[CHUNK]);
            used = 0;
        }
        System.arraycopy(utf8, 0, chunks.get(chunks.size() - 1), used, utf8.length);
        starts[count] = (chunks.size() - 1) * CHUNK + used;
        lengths[count++] = utf8.length;
        used += utf8.length;
    }

    int size() {
        return count;
    }

    /** The text of entry {@code index}, or null when it was longer than a cell may hold. */
    String get(int index) {
        int length = lengths[index];
        if (length <= 0) {
            return length == 0 ? "" : null;
        }
        int start = starts[index];
        return new String(chunks.get(start / CHUNK), start % CHUNK, length, StandardCharsets.UTF_8);
    }
}
