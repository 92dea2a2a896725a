package org.creddesk.roster;

import java.util.List;

/** Streams the rows of one sheet of a spreadsheet file without holding the file in memory. */
public interface SpreadsheetReader {
    List<String> sheetNames();

    /** Streams every row of {@code sheet} to {@code sink} until the end or until the sink returns false. */
    void read(String sheet, RowSink sink);
}
