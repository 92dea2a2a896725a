package org.creddesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.app.ExportSelection;
import org.creddesk.domain.Progress;
import org.creddesk.provider.NotFoundException;
import org.creddesk.roster.Conflict;
import org.creddesk.roster.ExportTemplate;
import org.creddesk.roster.ImportReport;
import org.creddesk.roster.RowOutcome;
import org.creddesk.roster.MappingProposal;
import org.creddesk.roster.RosterField;
import org.creddesk.roster.Resolutions;
import org.creddesk.roster.RosterExporter;
import org.creddesk.roster.RosterFile;
import org.creddesk.roster.RosterFileException;
import org.creddesk.roster.RosterImporter;
import org.creddesk.roster.RowIssue;
import org.creddesk.roster.RowStatus;
import org.creddesk.store.LaterEdit;
import org.creddesk.store.LaterEditsException;
import org.creddesk.store.RosterImportRecord;
import org.creddesk.store.UndoMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk roster import|export|imports|undo|template}. */
@Command(name = "roster", description = "Import provider rosters from spreadsheets and export rosters.",
        subcommands = {RosterCommand.ImportCommand.class, RosterCommand.ExportCommand.class,
                RosterCommand.ImportsCommand.class, RosterCommand.UndoCommand.class, RosterTemplateCommand.class,
                RosterMappingCommand.class})
public final class RosterCommand {
    @ParentCommand
    CredDeskCommand root;

    @Command(name = "import", description = "Import a roster (.xlsx, .xls, .csv); conflicts are reported, not applied. "
            + "Without a usable mapping, prints the proposed one with its evidence and exits 4.")
    static final class ImportCommand implements Runnable {
        @ParentCommand
        RosterCommand parent;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--sheet", paramLabel = "NAME")
        String sheet;
        @Option(names = "--mapping", paramLabel = "NAME|FILE", description = "Saved mapping name or JSON mapping file")
        String mapping;
        @Option(names = "--source", paramLabel = "NAME", description = "Whose roster this is (default: the mapping's name)")
        String source;
        @Option(names = "--dry-run", description = "Show what would change; change nothing")
        boolean dryRun;
        @Option(names = "--json", description = "JSON on stdout")
        boolean json;
        @Option(names = "--keep-mine", description = "Answer every conflict 'keep mine': the same roster value "
                + "is not asked again (a different one is)")
        boolean keepMine;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            RosterImporter importer = root.context().rosterImporter();
            if (keepMine && dryRun) {
                throw new CliException(CliException.USAGE, "--keep-mine answers conflicts: it needs an import, not --dry-run");
            }
            ImportReport report;
            try (RosterFile roster = importer.open(file, sheet, mapping)) {
                if (source != null) {
                    roster.useSource(source);
                }
                refuseWithoutUsableMapping(root, roster);
                noteDoubtfulColumns(root, roster);
                report = dryRun ? importer.preview(roster, Progress.NONE)
                        : importer.apply(roster, keepMine ? Resolutions.byPerson() : Resolutions.KEEP_ALL, Progress.NONE);
            } catch (RosterFileException e) {
                throw new CliException(CliException.UNREADABLE, e.getMessage(), e);
            }
            if (json) {
                root.out().println(Json.write(toJson(report)));
            } else {
                root.out().printf("%s: %d new, %d changed, %d unchanged, %d rejected, %s, %d missing%n",
                        Counted.of(report.rows(), "row"), report.count(RowStatus.NEW), report.count(RowStatus.CHANGED),
                        report.count(RowStatus.UNCHANGED), report.rejected().size(),
                        Counted.of(report.conflicts().size(), "conflict"), report.missing().size());
                Map<Integer, RowOutcome> whose = rejectedRows(report);
                report.rejected().forEach(r -> root.out().println("  rejected " + describe(r, whose.get(r.row()))));
                report.conflicts().forEach(c -> root.out().println("  conflict row " + c.row() + ", NPI " + c.npi()
                        + ", " + c.field().label() + ": keeps '" + c.current() + "' (" + c.origin() + "), roster has '"
                        + c.incoming() + "'"));
                report.warnings().forEach(w -> root.out().println("  warning  " + describe(w, null)));
            }
            if (!dryRun) {
                root.err().println("Import " + report.importId() + " applied (undo: creddesk roster undo "
                        + report.importId() + ")");
            }
        }

        /** A mapping that lacks a required field: the proposal and its evidence, then the refusal. */
        private void refuseWithoutUsableMapping(CredDeskCommand root, RosterFile roster) {
            List<RosterField> missing = RosterImporter.missingRequired(roster.mapping());
            if (missing.isEmpty()) {
                return;
            }
            List<String> left = RosterImporter.columnsLeftOver(roster.mapping());
            String fields = String.join(", ", missing.stream().map(RosterField::label).toList());
            root.err().println(roster.fileName() + ", header on row " + roster.header().number()
                    + ": the columns read as");
            MappingProposalText.print(root.err(), roster.proposal(), roster.mapping());
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("refused", "mapping");
                m.put("missing", missing.stream().map(RosterField::key).toList());
                m.put("columnsNotMapped", left);
                m.put("proposal", MappingProposalText.json(roster.proposal()));
                root.out().println(Json.write(m));
            }
            throw new CliException(CliException.REFUSED, "No column is mapped to " + fields + " (columns not mapped: "
                    + (left.isEmpty() ? "none" : String.join(", ", left)) + "); nothing imported. Write a mapping "
                    + "to edit with: creddesk roster mapping suggest " + file + " > map.json, then --mapping map.json");
        }

        /** Columns the matcher could only guess are not used silently: say which, and what they may be. */
        private static void noteDoubtfulColumns(CredDeskCommand root, RosterFile roster) {
            for (MappingProposal.Column c : roster.proposal().columns()) {
                if (c.proposed() && !c.confident() && !roster.mapping().columns().containsKey(c.column())) {
                    root.err().println("  column '" + c.header() + "' may be " + c.field().label() + " ["
                            + c.evidence() + "]: not used; map it with --mapping to import it");
                }
            }
        }

        private static String describe(RowIssue i, RowOutcome own) {
            String whose = own == null ? "" : java.util.stream.Stream.of(own.name(),
                    own.npi() == null ? null : "NPI " + own.npi()).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(", "));
            return "row " + i.row() + (whose.isEmpty() ? "" : " (" + whose + ")")
                    + (i.column() == null ? "" : ", column '" + i.column() + "'") + ": " + i.message();
        }

        /** The rejected rows' own NPI and name cells, by row number. */
        static Map<Integer, RowOutcome> rejectedRows(ImportReport r) {
            Map<Integer, RowOutcome> byRow = new java.util.HashMap<>();
            r.outcomes().stream().filter(o -> o.status() == RowStatus.REJECTED).forEach(o -> byRow.putIfAbsent(o.row(), o));
            return byRow;
        }

        private static Map<String, Object> conflict(Conflict c) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("row", c.row());
            o.put("npi", c.npi());
            o.put("field", c.field().key());
            o.put("current", c.current());
            o.put("incoming", c.incoming());
            o.put("source", c.source());
            o.put("by", c.actor());
            o.put("at", c.at() == null ? null : c.at().toString());
            o.put("origin", c.origin());
            return o;
        }

        static Map<String, Object> toJson(ImportReport r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rows", r.rows());
            m.put("added", r.npis(RowStatus.NEW));
            m.put("updated", r.npis(RowStatus.CHANGED));
            m.put("unchanged", r.npis(RowStatus.UNCHANGED));
            m.put("missing", r.missing());
            List<Map<String, Object>> conflicts = new ArrayList<>();
            for (Conflict c : r.conflicts()) {
                conflicts.add(conflict(c));
            }
            m.put("conflicts", conflicts);
            m.put("keptAsAnswered", r.keptAsAnswered().stream().map(c -> {
                Map<String, Object> o = conflict(c);
                o.put("answeredBy", c.answered().actor());
                o.put("answeredAt", c.answered().answeredAt().toString());
                return o;
            }).toList());
            List<Map<String, Object>> rejected = new ArrayList<>();
            Map<Integer, RowOutcome> whose = rejectedRows(r);
            for (RowIssue i : r.rejected()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("row", i.row());
                RowOutcome own = whose.get(i.row());
                if (own != null && own.npi() != null) {
                    o.put("npi", own.npi());
                }
                if (own != null && own.name() != null) {
                    o.put("name", own.name());
                }
                o.put("reason", i.message());
                if (i.column() != null) {
                    o.put("column", i.column());
                    o.put("value", i.value());
                }
                rejected.add(o);
            }
            m.put("rejected", rejected);
            List<Map<String, Object>> warnings = new ArrayList<>();
            for (RowIssue i : r.warnings()) {
                warnings.add(ProviderJson.of("row", i.row(), "column", i.column(), "value", i.value(),
                        "message", i.message()));
            }
            m.put("warnings", warnings);
            return m;
        }
    }

    @Command(name = "export", description = "Export a roster through a template (.xlsx or .csv by the file name).")
    static final class ExportCommand implements Runnable {
        @ParentCommand
        RosterCommand parent;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--template", paramLabel = "NAME|FILE", defaultValue = "generic-full-roster",
                description = "Shipped template (generic-full-roster, payer-delta) or a template JSON file")
        String template;
        @Option(names = "--since-last-export", paramLabel = "PAYER",
                description = "Only Adds / Updates / Terms since the last export to PAYER")
        String payer;
        @Option(names = "--search", paramLabel = "TEXT",
                description = "Only the active providers this search finds (name, NPI, license, CAQH)")
        String search;
        @Option(names = "--group", paramLabel = "GROUP_NPI|TIN",
                description = "Only the active providers of a group (its group NPI or TIN)")
        String group;
        @Option(names = "--enrolled-with", paramLabel = "PAYER",
                description = "Only the active providers with an enrollment with PAYER (effective dates filled)")
        String enrolledWith;
        @Option(names = "--json", description = "JSON on stdout")
        boolean json;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            RosterExporter exporter = root.context().rosterExporter();
            RosterExporter.ExportResult result;
            try {
                ExportTemplate t = ExportTemplate.load(template);
                if (t.isDelta() && payer == null) {
                    throw new CliException(CliException.USAGE, "Template " + t.name()
                            + " lists changes since the last export: give --since-last-export PAYER");
                }
                ExportSelection selection = selection();
                if (payer != null) {
                    result = exporter.exportChangesSince(file, t, payer, Progress.NONE);
                } else {
                    result = exporter.exportProviders(file, t, selection.providerIds(root.context()),
                            selection.payer(), Progress.NONE);
                }
            } catch (RosterFileException e) {
                throw new CliException(CliException.UNREADABLE, e.getMessage(), e);
            }
            Map<String, Object> m = ProviderJson.of("file", result.file().toString(), "template", result.template(),
                    "rows", result.rows(), "adds", result.adds(), "updates", result.updates(), "terms", result.terms());
            if (json) {
                root.out().println(Json.write(m));
            } else {
                root.err().println(result.rows() + " rows written to " + result.file());
            }
        }

        private ExportSelection selection() {
            long given = java.util.stream.Stream.of(search, group, enrolledWith).filter(v -> v != null).count();
            if (given > 1 || given == 1 && payer != null) {
                throw new CliException(CliException.USAGE,
                        "Give one of --search, --group, --enrolled-with or --since-last-export");
            }
            if (search != null) {
                return new ExportSelection(ExportSelection.Kind.SEARCH, search);
            }
            if (group != null) {
                return new ExportSelection(ExportSelection.Kind.GROUP, group);
            }
            return enrolledWith != null ? new ExportSelection(ExportSelection.Kind.ENROLLED_WITH, enrolledWith)
                    : ExportSelection.ALL;
        }
    }

    @Command(name = "imports", description = "Roster imports done, newest first.")
    static final class ImportsCommand implements Runnable {
        @ParentCommand
        RosterCommand parent;
        @Option(names = "--json", description = "JSON on stdout")
        boolean json;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            List<RosterImportRecord> all = root.context().rosterImporter().imports();
            if (json) {
                root.out().println(Json.write(all));
            } else {
                for (RosterImportRecord r : all) {
                    root.out().printf("%s  %s  %-30s %s, %d new, %d changed%s%n", r.id(), r.importedAt(),
                            r.fileName(), Counted.of(r.rows(), "row"), r.added(), r.updated(),
                            r.undoneAt() == null ? "" : "  (undone)");
                }
            }
        }
    }

    @Command(name = "undo", description = "Undo a whole roster import (restores the previous values). When fields "
            + "it wrote were changed since, lists them and exits 4 unless --keep-later-edits or --discard-later-edits.")
    static final class UndoCommand implements Runnable {
        @ParentCommand
        RosterCommand parent;
        @Parameters(paramLabel = "IMPORT_ID")
        String importId;
        @Option(names = "--keep-later-edits", description = "Undo the rest; fields changed after the import stay")
        boolean keep;
        @Option(names = "--discard-later-edits", description = "Undo everything, changes made after the import too")
        boolean discard;
        @Option(names = "--json", description = "JSON on stdout (the later edits when refused)")
        boolean json;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            if (keep && discard) {
                throw new CliException(CliException.USAGE, "Give --keep-later-edits or --discard-later-edits, not both");
            }
            UndoMode mode = keep ? UndoMode.KEEP_LATER_EDITS
                    : discard ? UndoMode.DISCARD_LATER_EDITS : UndoMode.REFUSE_IF_EDITED_LATER;
            try {
                String op = root.context().rosterImporter().undo(importId, mode);
                if (json) {
                    root.out().println(Json.write(ProviderJson.of("import", importId, "undoOperation", op)));
                }
                root.err().println("Import " + importId + " undone (operation " + op + ")");
            } catch (LaterEditsException e) {
                refuse(root, e.edits());
            } catch (IllegalArgumentException e) {
                throw new NotFoundException(e.getMessage());
            } catch (IllegalStateException e) {
                throw new CliException(CliException.USAGE, e.getMessage());
            }
        }

        private void refuse(CredDeskCommand root, List<LaterEdit> edits) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (LaterEdit e : edits) {
                String npi = root.context().providerRepository().load(e.providerId())
                        .map(f -> f.provider().npi()).orElse(null);
                rows.add(ProviderJson.of("npi", npi, "entity", e.entity(), "field", e.field(),
                        "imported", e.importValue(), "current", e.currentValue(), "source", e.source(),
                        "actor", e.actor(), "at", e.at().toString()));
                root.err().printf("NPI %s: %s.%s imported '%s', now '%s' (%s, %s, %s)%n", npi, e.entity(), e.field(),
                        e.importValue(), e.currentValue(), e.source(), e.actor(), e.at());
            }
            if (json) {
                root.out().println(Json.write(ProviderJson.of("refused", "later-edits", "laterEdits", rows)));
            }
            throw new CliException(CliException.REFUSED, edits.size() + " field(s) were changed after import "
                    + importId + "; nothing undone. Run again with --keep-later-edits or --discard-later-edits");
        }
    }
}
