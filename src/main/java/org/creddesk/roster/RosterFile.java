package org.creddesk.roster;

import java.nio.file.Path;

/**
 * An opened roster: the reader, the chosen sheet, its header row and the column mapping in force. Close it to
 * release the file.
 */
public final class RosterFile implements AutoCloseable {
    private final Path path;
    private final String sha256;
    private final SpreadsheetReader reader;
    private final String sheet;
    private final HeaderDetector.HeaderRow header;
    private final MappingProposal proposal;
    private ColumnMapping mapping;
    private String source;

    RosterFile(Path path, String sha256, SpreadsheetReader reader, String sheet, HeaderDetector.HeaderRow header,
               MappingProposal proposal, ColumnMapping mapping, String source) {
        this.path = path;
        this.sha256 = sha256;
        this.reader = reader;
        this.sheet = sheet;
        this.header = header;
        this.proposal = proposal;
        this.mapping = mapping;
        this.source = source;
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public String sha256() {
        return sha256;
    }

    public String sheet() {
        return sheet;
    }

    public java.util.List<String> sheets() {
        return reader.sheetNames();
    }

    public HeaderDetector.HeaderRow header() {
        return header;
    }

    /** What the matcher read each column as, with its evidence (the mapping in force may differ: a person's). */
    public MappingProposal proposal() {
        return proposal;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** The person corrected the mapping (wizard step 2). */
    public void useMapping(ColumnMapping corrected) {
        this.mapping = corrected;
    }

    /** The roster source: whose roster this is, for "missing" providers and conflicts since its last import. */
    public String source() {
        return source;
    }

    public void useSource(String newSource) {
        this.source = newSource;
    }

    SpreadsheetReader reader() {
        return reader;
    }

    /** The change-log source of everything this import writes: {@code roster:<file name>#<sha256 first 12>}. */
    public String changeSource() {
        return "roster:" + fileName() + "#" + sha256.substring(0, 12);
    }

    @Override
    public void close() {
        if (reader instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // read-only file
            }
        }
    }
}
