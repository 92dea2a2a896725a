package org.creddesk.domain;

import java.util.Optional;

/**
 * Control characters in stored text: a line break or tab inside a name or address (an Excel cell may hold
 * Alt+Enter line breaks) is folded into one space; invisible zero-width spaces and byte-order marks are dropped;
 * any other control character (NUL, U+0001–U+001F, DEL, U+0080–U+009F) and the bidirectional overrides that make
 * text display differently from what it holds are refused, because no name, number or address has them and a
 * value holding them would print, search and match wrongly.
 */
public final class CleanText {
    private CleanText() {
    }

    /** The first character that is refused, as "U+0000", if any. */
    public static Optional<String> refusedCharacter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRefused(c)) {
                return Optional.of(String.format("U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    /** The first line break or tab, as "U+000A", if any: what a one-line field must not hold. */
    public static Optional<String> lineBreak(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                return Optional.of(String.format("U+%04X", (int) text.charAt(i)));
            }
        }
        return Optional.empty();
    }

    /** Line breaks and tabs as single spaces, zero-width spaces and BOMs gone; refused characters untouched. */
    public static String folded(String text) {
        if (text == null || !needsFolding(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBreak(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else if (c != '\u200B' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    /** The text with every control character shown as [U+0000], for a message or a log line. */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRefused(c) || isBreak(c)) {
                sb.append(String.format("[U+%04X]", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean needsFolding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBreak(c) || c == '\u200B' || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isRefused(char c) {
        if (isBreak(c)) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
