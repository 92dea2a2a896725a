package org.creddesk.roster;

import org.creddesk.files.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.Progress;
import org.creddesk.domain.TaxonomyDescriptions;
import org.creddesk.store.LaterEdit;
import org.creddesk.store.RosterImportRecord;
import org.creddesk.store.UndoMode;
import org.creddesk.store.RosterRepository;
import org.creddesk.store.RosterSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roster import, start to end: open a file (sheet, header row, mapping), preview it against the store without
 * writing, apply it in one transaction (conflicts only as the person resolved them), list and undo imports.
 */
public final class RosterImporter {
    private static final Logger LOG = LoggerFactory.getLogger(RosterImporter.class);

    private final RosterRepository repository;
    private final Clock clock;
    private final ChangeContext who;
    private final Supplier<TaxonomyDescriptions> taxonomyCodes;

    public RosterImporter(RosterRepository repository, Clock clock, ChangeContext who) {
        this(repository, clock, who, TaxonomyDescriptions::none);
    }

    /** {@code taxonomyCodes}: the NUCC code set in force at each import, so unknown codes get a row warning. */
    public RosterImporter(RosterRepository repository, Clock clock, ChangeContext who,
                          Supplier<TaxonomyDescriptions> taxonomyCodes) {
        this.repository = repository;
        this.clock = clock;
        this.who = who;
        this.taxonomyCodes = taxonomyCodes;
    }

    /**
     * Opens a roster. {@code sheet} null picks the sheet whose header row is clearest; {@code mapping} is a
     * saved mapping's name or a JSON mapping file, null for the mapping saved for this layout (or synonyms).
     */
    public RosterFile open(Path path, String sheet, String mapping) {
        InputFiles.require(path);
        String sha = sha256(path);
        SpreadsheetReader reader = SpreadsheetFiles.open(path);
        try {
            String chosen = null;
            HeaderDetector.HeaderRow header = null;
            for (String name : sheet == null ? reader.sheetNames() : List.of(sheet)) {
                if (!reader.sheetNames().contains(name)) {
                    throw new RosterFileException(path.getFileName() + " has no sheet named '" + name + "' (sheets: "
                            + String.join(", ", reader.sheetNames()) + ")");
                }
                Optional<HeaderDetector.HeaderRow> found = HeaderDetector.detect(reader, name);
                if (found.isPresent() && (header == null || found.get().score() > header.score())) {
                    chosen = name;
                    header = found.get();
                }
            }
            if (header == null) {
                // No known wordings: take the first filled row as the header; the person maps it (or a mapping file).
                chosen = sheet == null ? reader.sheetNames().get(0) : sheet;
                header = HeaderDetector.firstFilledRow(reader, chosen).orElseThrow(() -> new RosterFileException(
                        path.getFileName() + " has no rows to import"));
            }
            MappingProposal proposal = ColumnMatcher.propose(header.headers(), header.samples(), LocalDate.now(clock));
            ColumnMapping columns = mappingFor(header.headers(), mapping, proposal.confident());
            return new RosterFile(path, sha, reader, chosen, header, proposal, columns, columns.name());
        } catch (RuntimeException e) {
            if (reader instanceof AutoCloseable c) {
                closeQuietly(c);
            }
            throw e;
        }
    }

    private ColumnMapping mappingFor(List<String> headers, String mapping, Map<Integer, RosterField> proposed) {
        String signature = ColumnMapping.signature(headers);
        if (mapping != null) {
            Path file = Path.of(mapping);
            if (Files.exists(file)) {
                MappingFiles.MappingSpec spec = MappingFiles.read(file);
                return ColumnMapping.build(spec.name(), headers, spec.columns(), proposed);
            }
            RosterRepository.SavedMapping saved = repository.mappingByName(mapping).orElseThrow(() ->
                    new RosterFileException("No saved mapping named '" + mapping + "' and no such mapping file"));
            return ColumnMapping.build(saved.name(), headers, MappingFiles.fromJson(saved.columnsJson()), proposed);
        }
        return repository.mappingBySignature(signature)
                .map(s -> ColumnMapping.build(s.name(), headers, MappingFiles.fromJson(s.columnsJson()), proposed))
                .orElseGet(() -> ColumnMapping.build("layout-" + signature.substring(0, 8), headers, Map.of(),
                        proposed));
    }

    /** Keeps the mapping for this layout so the next file with the same headers maps the same way. */
    public void saveMapping(ColumnMapping mapping) {
        repository.saveMapping(mapping.signature(), mapping.name(), MappingFiles.toJson(mapping.asOverrides()));
    }

    /** What the import would do; writes nothing. */
    public ImportReport preview(RosterFile file, Progress progress) {
        return repository.read(session -> run(file, session, Resolutions.KEEP_ALL, false, progress, null));
    }

    /**
     * Applies the roster in one transaction: new providers, changes, membership; conflicts only where
     * {@code resolutions} says so. Cancelling or failing keeps nothing.
     */
    public ImportReport apply(RosterFile file, Resolutions resolutions, Progress progress) {
        if (!sha256(file.path()).equals(file.sha256())) {
            throw new RosterFileException(file.fileName() + " changed since it was opened: open it again");
        }
        String importId = Ids.newId(clock);
        String opId = Ids.newId(clock);
        ImportReport report = repository.write(who.withSource(file.changeSource()), opId, session -> {
            ImportReport r = run(file, session, resolutions, true, progress, importId);
            session.recordImport(new RosterImportRecord(importId, file.source(), file.fileName(), file.sha256(), opId,
                    r.rows(), (int) r.count(RowStatus.NEW), (int) r.count(RowStatus.CHANGED),
                    (int) r.count(RowStatus.UNCHANGED), r.rejected().size(), r.conflicts().size(), r.missing().size(),
                    clock.instant(), null, null));
            return r;
        });
        saveMapping(file.mapping());
        LOG.info("roster import {} applied: {} rows, {} new, {} changed", importId, report.rows(),
                report.count(RowStatus.NEW), report.count(RowStatus.CHANGED));
        return report;
    }

    /** The required fields no column is mapped to: last and first name, and the NPI unless a date of birth is. */
    public static List<RosterField> missingRequired(ColumnMapping m) {
        List<RosterField> missing = new java.util.ArrayList<>();
        for (RosterField f : List.of(RosterField.LAST_NAME, RosterField.FIRST_NAME)) {
            if (m.columnOf(f).isEmpty()) {
                missing.add(f);
            }
        }
        if (m.columnOf(RosterField.NPI).isEmpty() && m.columnOf(RosterField.DATE_OF_BIRTH).isEmpty()) {
            missing.add(RosterField.NPI);
        }
        return missing;
    }

    /** The headers of the columns the mapping leaves unused. */
    public static List<String> columnsLeftOver(ColumnMapping m) {
        List<String> left = new java.util.ArrayList<>();
        for (int i = 0; i < m.headers().size(); i++) {
            String h = m.header(i);
            if (!m.columns().containsKey(i) && h != null && !h.isBlank()) {
                left.add(h);
            }
        }
        return left;
    }

    /** Rows need a last and first name and an NPI or a date of birth: the mapping must provide those columns. */
    static void requireUsableMapping(RosterFile file) {
        List<RosterField> missing = missingRequired(file.mapping());
        if (!missing.isEmpty()) {
            List<String> left = columnsLeftOver(file.mapping());
            throw new RosterFileException(file.fileName() + ": no column is mapped to "
                    + String.join(", ", missing.stream().map(RosterField::label).toList()) + " (header on row "
                    + file.header().number() + "; columns not mapped: "
                    + (left.isEmpty() ? "none" : String.join(", ", left))
                    + "); map the columns or give a mapping file (roster mapping suggest writes one to edit)");
        }
    }

    private ImportReport run(RosterFile file, RosterSession session, Resolutions resolutions, boolean apply,
                             Progress progress, String importId) {
        requireUsableMapping(file);
        LocalDate today = LocalDate.now(clock);
        ProviderMapper mapper = new ProviderMapper(clock);
        RosterDiff diff = new RosterDiff(mapper, today);
        RowParser parser = new RowParser(file.mapping(), new ValueNormalizer(today), taxonomyCodes.get());
        RosterPass pass = new RosterPass(session, parser, diff, mapper, resolutions, apply, progress, file.source(),
                clock, file.header().number(), importId);
        file.reader().read(file.sheet(), pass);
        return pass.finish(file.fileName(), file.sha256(), file.sheet(), file.mapping());
    }

    public List<RosterImportRecord> imports() {
        return repository.imports();
    }

    /**
     * Restores what an import changed (logged as its own operation); returns the undo's operation id. Refuses with
     * {@link org.creddesk.store.LaterEditsException}, changing nothing, when fields it wrote were changed since.
     */
    public String undo(String importId) {
        return undo(importId, UndoMode.REFUSE_IF_EDITED_LATER);
    }

    public String undo(String importId, UndoMode mode) {
        return repository.undo(importId, who.withSource("undo:roster-import:" + importId), mode);
    }

    /** What undoing the import would throw away: fields it wrote that were changed since. */
    public List<LaterEdit> laterEdits(String importId) {
        return repository.laterEdits(importId);
    }

    static String sha256(Path path) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // digesting
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new RosterFileException("Cannot read " + path.getFileName() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing to save
        }
    }
}
