package org.creddesk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.creddesk.domain.TaxonomyEntry;
import org.creddesk.taxonomy.OlderCodeSetException;
import org.creddesk.taxonomy.TaxonomyFileException;
import org.creddesk.taxonomy.TaxonomyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk taxonomy import|show}: the NUCC taxonomy code set behind every code's description. */
@Command(name = "taxonomy", description = "The NUCC Health Care Provider Taxonomy code set: import NUCC's CSV, "
        + "show a code.", subcommands = {TaxonomyCommand.ImportCommand.class, TaxonomyCommand.ShowCommand.class})
public final class TaxonomyCommand {
    @ParentCommand
    CredDeskCommand root;

    @Command(name = "import", description = "Import NUCC's code-set CSV (e.g. nucc_taxonomy_251.csv, version 25.1 "
            + "from its name). All or nothing; a newer version replaces the one in force and says what it added, "
            + "changed and removed; the same file again changes nothing. Exit 2: a bad row (row and column on "
            + "stderr); exit 4: older than the code set in force.")
    static final class ImportCommand implements Runnable {
        @ParentCommand
        TaxonomyCommand parent;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--version", paramLabel = "V", description = "The code set's version when the file name "
                + "does not carry it (e.g. 25.1)")
        String version;
        @Option(names = "--allow-older", description = "Replace the code set in force with an older version")
        boolean allowOlder;
        @Option(names = "--json", description = "JSON on stdout")
        boolean json;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            TaxonomyService.ImportResult r;
            try {
                r = root.context().taxonomy().importFile(file, version, allowOlder, root.context().manualChange()
                        .withSource("nucc:" + file.getFileName()));
            } catch (TaxonomyFileException e) {
                throw new CliException(CliException.UNREADABLE, e.getMessage());
            } catch (OlderCodeSetException e) {
                throw new CliException(CliException.REFUSED, e.getMessage());
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", r.record().version());
            m.put("previousVersion", r.previousVersion());
            m.put("unchanged", r.unchanged());
            m.put("codes", r.record().total());
            m.put("added", r.unchanged() ? 0 : r.record().added());
            m.put("changed", r.unchanged() ? 0 : r.record().changed());
            m.put("removed", r.unchanged() ? 0 : r.record().removed());
            if (json) {
                root.out().println(Json.write(m));
            }
            root.err().println(r.unchanged()
                    ? "NUCC code set " + r.record().version() + " is already in force: nothing changed ("
                    + Counted.of(r.record().total(), "code") + ")"
                    : "NUCC code set " + r.record().version() + " in force: " + Counted.of(r.record().total(), "code")
                    + ", " + r.record().added() + " added, " + r.record().changed() + " changed, "
                    + r.record().removed() + " removed");
        }
    }

    @Command(name = "show", description = "One taxonomy code as the code set in force describes it (exit 3 when "
            + "it is not there).")
    static final class ShowCommand implements Runnable {
        @ParentCommand
        TaxonomyCommand parent;
        @Parameters(paramLabel = "CODE")
        String code;
        @Option(names = "--json", description = "JSON on stdout")
        boolean json;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            TaxonomyService taxonomy = root.context().taxonomy();
            var inForce = taxonomy.inForce().orElseThrow(() -> new CliException(CliException.NOT_FOUND,
                    "No NUCC code set imported yet: run 'creddesk taxonomy import nucc_taxonomy_251.csv'"));
            TaxonomyEntry e = taxonomy.find(code).orElseThrow(() -> new CliException(CliException.NOT_FOUND,
                    "'" + code.strip() + "' is not in the NUCC taxonomy code set " + inForce.version()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", e.code());
            m.put("description", e.description());
            m.put("grouping", e.grouping());
            m.put("classification", e.classification());
            m.put("specialization", e.specialization());
            m.put("displayName", e.displayName());
            m.put("section", e.section());
            m.put("definition", e.definition());
            m.put("notes", e.notes());
            m.put("codeSetVersion", inForce.version());
            if (json) {
                root.out().println(Json.write(m));
            } else {
                root.out().println(e.code() + "  " + e.description());
                root.out().println(e.grouping() + " / " + e.classification()
                        + (e.specialization() == null ? "" : " / " + e.specialization()));
            }
        }
    }
}
