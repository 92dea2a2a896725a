package org.creddesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.creddesk.roster.MappingFiles;
import org.creddesk.roster.MappingProposal;
import org.creddesk.roster.RosterFile;
import org.creddesk.roster.RosterFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk roster mapping suggest FILE}: the proposed mapping of a roster, as a mapping file to edit. */
@Command(name = "mapping", description = "Column mappings of roster layouts.",
        subcommands = RosterMappingCommand.SuggestCommand.class)
final class RosterMappingCommand {
    @ParentCommand
    RosterCommand parent;

    @Command(name = "suggest", description = "Write the proposed mapping of FILE as a mapping file (stdout, or "
            + "--out); edit it and give it to roster import --mapping. The evidence per column goes to stderr.")
    static final class SuggestCommand implements Runnable {
        @ParentCommand
        RosterMappingCommand parent;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--sheet", paramLabel = "NAME")
        String sheet;
        @Option(names = "--name", paramLabel = "NAME", description = "The mapping's name (default: the layout's)")
        String name;
        @Option(names = "--out", paramLabel = "MAP.json", description = "Write here instead of stdout")
        Path out;

        @Override
        public void run() {
            CredDeskCommand root = parent.parent.root;
            try (RosterFile roster = root.context().rosterImporter().open(file, sheet, null)) {
                MappingProposal proposal = roster.proposal();
                String json = MappingFiles.toJson(name == null ? roster.mapping().name() : name, proposal);
                root.err().println(roster.fileName() + ", header on row " + roster.header().number() + ":");
                MappingProposalText.print(root.err(), proposal, roster.mapping());
                long doubtful = proposal.columns().stream().filter(c -> c.proposed() && !c.confident()).count();
                if (doubtful > 0) {
                    root.err().println(Counted.of((int) doubtful, "doubtful column")
                            + " written with the field it may be: check them before you use the file");
                }
                if (out == null) {
                    root.out().println(json);
                } else {
                    Files.writeString(out, json + System.lineSeparator());
                    root.err().println("Mapping written to " + out);
                }
            } catch (RosterFileException e) {
                throw new CliException(CliException.UNREADABLE, e.getMessage());
            } catch (IOException e) {
                throw new CliException(CliException.UNREADABLE, "Cannot write " + out + ": " + e.getMessage());
            }
        }
    }
}
