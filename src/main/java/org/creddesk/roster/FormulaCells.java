package org.creddesk.roster;

import java.util.regex.Pattern;

/**
 * The one rule for cell text a spreadsheet would run as a formula (OWASP "CSV Injection"): a value starting with
 * {@code = + - @}, a tab or a carriage return, also after leading spaces, line feeds or quotes, and the
 * full-width forms of those signs. Negative numbers ({@code -12}, {@code -0.5}) and dash placeholders
 * ({@code -}, {@code --}) run nothing and stay as they are. CSV cells are neutralised with a leading apostrophe
 * ({@link #neutralised}); xlsx text cells keep their value and are marked quote-prefixed; an import takes the
 * apostrophe off again ({@link #restored}), so every value survives the round trip exactly.
 */
public final class FormulaCells {
    private static final String SIGNS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern HARMLESS = Pattern.compile("-\\d+(\\.\\d+)?|-+");

    private FormulaCells() {
    }

    public static boolean wouldEvaluate(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\r') {
                return true;
            }
            if (SIGNS.indexOf(c) >= 0) {
                return !HARMLESS.matcher(value.substring(i)).matches();
            }
            if (c != ' ' && c != '\u00A0' && c != '\n' && c != '"' && c != '\'') {
                return false;
            }
        }
        return false;
    }

    /** The value as a CSV cell a spreadsheet shows as text: an apostrophe in front when it would evaluate. */
    public static String neutralised(String value) {
        return wouldEvaluate(value) ? "'" + value : value;
    }

    /** The inverse of {@link #neutralised}: the apostrophe a CSV export put in front of a formula sign. */
    public static String restored(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && wouldEvaluate(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }
}
