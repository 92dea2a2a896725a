package org.creddesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.creddesk.app.AppContext;
import org.creddesk.app.Clocks;
import org.creddesk.store.DataFolder;
import org.creddesk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code creddesk [--db FILE] [--as-of DATE] [command]}: the window without a command, the CLI with one. */
@Command(name = "creddesk", mixinStandardHelpOptions = true, version = "CredDesk 0.1",
        description = "Credentialing workstation: provider files, rosters, deadlines, packets, screening.",
        subcommands = {SampleDataCommand.class, ProvidersCommand.class, RosterCommand.class, DeadlinesCommand.class,
                EnrollmentsCommand.class, CredentialingCommand.ChecklistCommand.class,
                CredentialingCommand.VerifyCommand.class, CredentialingCommand.DecisionCommand.class,
                DecisionNoticeCommand.class, PipelineCommand.class, ContractsCommand.class,
                CredentialingCommand.BlocksCommand.class, ScreenCommand.class, PacketCommand.class, TaxonomyCommand.class,
                BenchCommand.class, ReportCommand.class, AdequacyCommand.class,
                ServeCommand.class, ServerCommand.class, SyncCommand.class, TeamCommand.class})
public final class CredDeskCommand implements Callable<Integer>, AutoCloseable {
    @Option(names = "--db", paramLabel = "FILE", description = "Database file (default: the data folder's creddesk.db)")
    Path db;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date every date rule takes as today")
    LocalDate asOf;

    @Spec
    CommandSpec spec;

    private final Clock baseClock;
    private final GuiLauncher gui;
    private AppContext context;

    public CredDeskCommand(Clock baseClock, GuiLauncher gui) {
        this.baseClock = baseClock;
        this.gui = gui;
    }

    @Override
    public Integer call() {
        gui.launch(dbFile(), clock());
        return 0;
    }

    public Path dbFile() {
        return db != null ? db : DataFolder.resolveDefault().resolve("creddesk.db");
    }

    public Clock clock() {
        return asOf == null ? baseClock : Clocks.asOf(asOf, baseClock);
    }

    /** The services, opened on first use; a database that cannot be opened ends the command with exit 2. */
    public AppContext context() {
        if (context == null) {
            try {
                context = AppContext.open(dbFile(), clock());
            } catch (StoreException e) {
                throw new CliException(CliException.UNREADABLE, e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new CliException(CliException.UNREADABLE,
                        "Cannot open the database " + dbFile() + ": " + rootMessage(e), e);
            }
        }
        return context;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
