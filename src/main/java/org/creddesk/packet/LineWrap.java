package org.creddesk.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines no wider than a column, at spaces; packets and reports share it. */
final class LineWrap {
    /** The drawn width of a piece of text, in points. */
    @FunctionalInterface
    interface Width {
        float of(String text) throws IOException;
    }

    private LineWrap() {
    }

    /**
     * Lines of {@code text} within {@code max} points. A word wider than the column stays whole on its own line,
     * unless {@code breakLongWords} (a report's SHA-256 column), when it is cut where it must be.
     */
    static List<String> wrap(String text, float max, Width width, boolean breakLongWords) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width.of(candidate) <= max) {
                current = new StringBuilder(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder();
            }
            String rest = word;
            while (breakLongWords && width.of(rest) > max && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width.of(rest.substring(0, cut)) > max) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
        return lines;
    }
}
