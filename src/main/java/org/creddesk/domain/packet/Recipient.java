package org.creddesk.domain.packet;

/**
 * Who the packet goes to: a payer or a facility, and how many days it usually takes to process an application
 * (a credential expiring inside that window is a pre-flight issue). DOMAIN.md: commercial payers take 30-120 days.
 */
public record Recipient(String name, Kind kind, int processingWindowDays) {
    public static final int DEFAULT_WINDOW_DAYS = 90;

    public enum Kind { PAYER, FACILITY }

    public Recipient {
        name = name == null ? "" : name.strip();
        kind = kind == null ? Kind.PAYER : kind;
        if (processingWindowDays < 0) {
            throw new IllegalArgumentException("The processing window cannot be negative");
        }
    }

    public static Recipient payer(String name) {
        return new Recipient(name, Kind.PAYER, DEFAULT_WINDOW_DAYS);
    }
}
