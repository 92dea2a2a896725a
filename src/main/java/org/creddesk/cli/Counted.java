package org.creddesk.cli;

/** "1 row", "2 rows": a count and its noun, for the CLI's messages. */
final class Counted {
    private Counted() {
    }

    static String of(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
