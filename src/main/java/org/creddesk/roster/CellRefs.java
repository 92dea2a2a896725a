package org.creddesk.roster;

import java.util.function.Function;

/** Parses A1 references and row numbers of a worksheet strictly: "ZZZZZZ2" or "A0" never reach an array index. */
final class CellRefs {
    private CellRefs() {
    }

    /** The zero-based column of {@code ref} ("AB12" is 27), or whatever {@code bad} builds for a malformed one. */
    static int column(String ref, Function<String, RuntimeException> bad) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && ref.charAt(i) < 128) {
            if (i == 3) {
                // four letters is past XFD already; stop before the number overflows
                return SpreadsheetLimits.MAX_COLUMNS;
            }
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == ref.length()) {
            throw bad.apply(ref);
        }
        rowNumber(ref.substring(i), bad);
        return col - 1;
    }

    /** A row number of at most seven digits, 1 or more. */
    static int rowNumber(String digits, Function<String, RuntimeException> bad) {
        if (digits.isEmpty() || digits.length() > 7) {
            if (digits.length() > 7 && digits.chars().allMatch(Character::isDigit)) {
                return Integer.MAX_VALUE;
            }
            throw bad.apply(digits);
        }
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw bad.apply(digits);
            }
            n = n * 10 + (c - '0');
        }
        if (n == 0) {
            throw bad.apply(digits);
        }
        return n;
    }
}
