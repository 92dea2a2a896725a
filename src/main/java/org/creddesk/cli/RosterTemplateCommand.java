package org.creddesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creddesk.roster.ExportTemplate;
import org.creddesk.roster.RosterFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk roster template list|export}: the shipped export templates, as files a person can edit. */
@Command(name = "template", description = "Export templates: list the shipped ones, or copy one to a file to edit "
        + "(then export with --template FILE).",
        subcommands = {RosterTemplateCommand.ListCommand.class, RosterTemplateCommand.ExportCommand.class})
final class RosterTemplateCommand {
    @ParentCommand
    RosterCommand parent;

    @Command(name = "list", description = "The shipped export templates.")
    static final class ListCommand implements Runnable {
        @ParentCommand
        RosterTemplateCommand parent;
        @Option(names = "--json", description = "JSON on stdout")
        boolean json;

        @Override
        public void run() {
            CredDeskCommand root = parent.parent.root;
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String name : ExportTemplate.SHIPPED) {
                ExportTemplate t = ExportTemplate.load(name);
                rows.add(ProviderJson.of("name", t.name(), "kind", t.isDelta() ? "delta" : "full",
                        "description", t.description(), "columns", t.columns().size()));
                if (!json) {
                    root.out().printf("%-22s %-6s %s%n", t.name(), t.isDelta() ? "delta" : "full", t.description());
                }
            }
            if (json) {
                root.out().println(Json.write(rows));
            }
        }
    }

    @Command(name = "export", description = "Write a shipped template's JSON to FILE (refuses to overwrite).")
    static final class ExportCommand implements Runnable {
        @ParentCommand
        RosterTemplateCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Override
        public void run() {
            CredDeskCommand root = parent.parent.root;
            if (!ExportTemplate.SHIPPED.contains(name)) {
                throw new CliException(CliException.NOT_FOUND, "No shipped export template '" + name + "' (shipped: "
                        + String.join(", ", ExportTemplate.SHIPPED) + ")");
            }
            if (Files.exists(file)) {
                throw new CliException(CliException.USAGE, file + " exists already; choose another file name");
            }
            try {
                Files.writeString(file, ExportTemplate.shippedJson(name));
            } catch (IOException | RosterFileException e) {
                throw new CliException(CliException.UNREADABLE, "Cannot write " + file + ": " + e.getMessage());
            }
            root.err().println("Template " + name + " written to " + file + "; edit it, then export with --template "
                    + file);
        }
    }
}
