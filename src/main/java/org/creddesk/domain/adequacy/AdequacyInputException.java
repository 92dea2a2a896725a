package org.creddesk.domain.adequacy;

/** A members or standards file a person must fix: the sentence says the row, the column and the value. */
public final class AdequacyInputException extends IllegalArgumentException {
    private final long row;
    private final String column;
    private final String value;

    public AdequacyInputException(long row, String column, String value, String message) {
        super(message);
        this.row = row;
        this.column = column;
        this.value = value;
    }

    public long row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }
}
