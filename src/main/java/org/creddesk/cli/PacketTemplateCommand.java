package org.creddesk.cli;

import org.creddesk.files.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.creddesk.domain.packet.PacketTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk packet template list|export|import}: packet templates as files a person copies and edits. */
@Command(name = "template", description = "List packet templates, export one to a JSON file, import an edited one.",
        subcommands = {PacketTemplateCommand.ListTemplates.class, PacketTemplateCommand.ExportTemplate.class,
                PacketTemplateCommand.ImportTemplate.class})
final class PacketTemplateCommand {
    @ParentCommand
    PacketCommand parent;

    CredDeskCommand root() {
        return parent.root;
    }

    @Command(name = "list", description = "The templates: name, description and parts in order.")
    static final class ListTemplates implements Runnable {
        @ParentCommand
        PacketTemplateCommand parent;

        @Override
        public void run() {
            var rows = parent.root().context().packets().templates().stream().map(t -> ProviderJson.of(
                    "name", t.name(), "description", t.description(),
                    "parts", t.parts().stream().map(p -> p.kind().name().toLowerCase()).toList())).toList();
            parent.root().out().println(Json.write(rows));
        }
    }

    @Command(name = "export", description = "Write a template to a JSON file to copy and edit.")
    static final class ExportTemplate implements Runnable {
        @ParentCommand
        PacketTemplateCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "FILE.json")
        Path file;

        @Override
        public void run() {
            String json;
            try {
                json = parent.root().context().packets().templateJson(name);
            } catch (IllegalArgumentException e) {
                throw new CliException(CliException.NOT_FOUND, e.getMessage());
            }
            try {
                Files.writeString(file, json, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(CliException.UNREADABLE, "Cannot write " + file + ": " + e.getMessage());
            }
            parent.root().err().println("Template '" + name + "' written to " + file);
        }
    }

    @Command(name = "import", description = "Save a template from an edited JSON file (same name replaces it).")
    static final class ImportTemplate implements Runnable {
        @ParentCommand
        PacketTemplateCommand parent;
        @Parameters(paramLabel = "FILE.json")
        Path file;

        @Override
        public void run() {
            String json = InputFiles.readString(file);
            PacketTemplate saved;
            try {
                saved = parent.root().context().packets().importTemplate(json, parent.root().context().manualChange());
            } catch (IllegalArgumentException e) {
                throw new CliException(CliException.UNREADABLE, file.getFileName() + ": " + e.getMessage());
            }
            parent.root().out().println(Json.write(ProviderJson.of("name", saved.name(), "parts", saved.parts().size())));
        }
    }
}
