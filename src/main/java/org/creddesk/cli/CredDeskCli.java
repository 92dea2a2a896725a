package org.creddesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.creddesk.app.ErrorLog;
import org.creddesk.app.FailureSentence;
import org.creddesk.provider.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs one command line: JSON to stdout, one clear line on stderr, and the exit codes of the CLI contract. */
public final class CredDeskCli {
    private static final Logger LOG = LoggerFactory.getLogger(CredDeskCli.class);

    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final ErrorLog log;

    public CredDeskCli(PrintWriter out, PrintWriter err, Clock clock) {
        this(out, err, clock, ErrorLog.inDataFolder());
    }

    public CredDeskCli(PrintWriter out, PrintWriter err, Clock clock, ErrorLog log) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.log = log;
    }

    public int execute(String[] args, GuiLauncher gui) {
        CredDeskCommand root = new CredDeskCommand(clock, gui);
        try {
            CommandLine cl = new CommandLine(root);
            addHelp(cl);
            cl.setOut(out);
            cl.setErr(err);
            cl.registerConverter(LocalDate.class, CredDeskCli::date);
            cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex));
            cl.setParameterExceptionHandler((ex, a) -> {
                err.println(ex.getMessage());
                err.println("Try 'creddesk --help'.");
                return CliException.USAGE;
            });
            return cl.execute(args);
        } finally {
            root.close();
            out.flush();
            err.flush();
        }
    }

    /** Every command and subcommand answers --help and --version, not only the root. */
    private static void addHelp(CommandLine cl) {
        cl.getCommandSpec().mixinStandardHelpOptions(true);
        cl.getSubcommands().values().forEach(CredDeskCli::addHelp);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * One sentence on stderr and the exit code of the CLI contract; the trace of anything that came from below (a
     * damaged file, a full disk, a bug) goes to the log file only.
     */
    private int handle(Exception ex) {
        if (ex instanceof CliException ce) {
            err.println(ce.getMessage());
            if (ce.getCause() != null) {
                log.record("command failed: " + ce.getMessage(), ce);
            }
            return ce.exitCode();
        }
        if (ex instanceof NotFoundException nf) {
            err.println(nf.getMessage());
            return CliException.NOT_FOUND;
        }
        if (!FailureSentence.isExplained(ex) || ex.getCause() != null) {
            log.record("command failed", ex);
        }
        if (!FailureSentence.isExplained(ex)) {
            LOG.warn("command failed: {}", ex.getClass().getName());
        }
        err.println(FailureSentence.of(ex, log.file()));
        return CliException.UNREADABLE;
    }
}
