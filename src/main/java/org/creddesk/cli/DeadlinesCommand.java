package org.creddesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.creddesk.app.AppContext;
import org.creddesk.domain.workflow.DeadlineKind;
import org.creddesk.domain.workflow.DeadlineQuery;
import org.creddesk.domain.workflow.TrackedDeadline;
import org.creddesk.workflow.DeadlineSpreadsheet;
import org.creddesk.workflow.ICalendarExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk [--as-of DATE] deadlines [--within DAYS] [--kind KIND] [--json] [--ics FILE] [--xlsx FILE]}: open deadlines of
 * the whole store, with overdue/due relative to the as-of date.
 */
@Command(name = "deadlines", description = {
        "Open deadlines: without --within, those whose alert window has opened on the as-of date (overdue included);",
        "with --within DAYS, every one due up to DAYS days after it (overdue included).",
        "Kinds: license, dea, cds, board, malpractice, recredentialing, caqh, reappointment, revalidation, follow-up, "
                + "psv, enrollment."})
public final class DeadlinesCommand implements Callable<Integer> {
    @ParentCommand
    CredDeskCommand root;

    @Option(names = "--within", paramLabel = "DAYS", description = "Due within this many days of the as-of date")
    Integer within;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", converter = KindConverter.class,
            completionCandidates = KindCodes.class,
            description = "Only these kinds (repeat or separate with commas): ${COMPLETION-CANDIDATES}")
    List<DeadlineKind> kinds;

    @Option(names = "--coordinator", paramLabel = "USER", description = "Only providers of this coordinator")
    String coordinator;

    @Option(names = "--json", description = "JSON array on stdout")
    boolean json;

    @Option(names = "--ics", paramLabel = "FILE",
            description = "Write an iCalendar file (every open deadline unless --within is given)")
    Path ics;

    @Option(names = "--xlsx", paramLabel = "FILE",
            description = "Write a spreadsheet, one row per deadline: NPI, provider, kind, subject, due, status "
                    + "(every open deadline unless --within is given; a .csv name writes CSV)")
    Path xlsx;

    static final class KindConverter implements CommandLine.ITypeConverter<DeadlineKind> {
        @Override
        public DeadlineKind convert(String value) {
            return DeadlineKind.fromCode(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a deadline kind; kinds: " + EnumSet.allOf(DeadlineKind.class).stream()
                            .map(DeadlineKind::code).toList()));
        }
    }

    @Override
    public Integer call() {
        if (within != null && within < 0) {
            throw new CliException(CliException.USAGE, "--within must be 0 or more days, not " + within);
        }
        AppContext app = root.context();
        LocalDate asOf = LocalDate.now(root.clock());
        Set<DeadlineKind> only = kinds == null ? Set.of() : Set.copyOf(kinds);
        DeadlineQuery query = (within == null ? DeadlineQuery.alertingOn(asOf) : DeadlineQuery.within(asOf, within))
                .withKinds(only).withCoordinator(coordinator);
        if (ics != null || xlsx != null) {
            DeadlineQuery every = within == null ? DeadlineQuery.within(asOf, 365 * 100).withKinds(only)
                    .withCoordinator(coordinator) : query;
            List<TrackedDeadline> events = app.deadlines().find(every);
            if (ics != null) {
                write(ics, ICalendarExport.write(events, root.clock().instant()));
                root.err().println(events.size() + " deadlines written to " + ics);
            }
            if (xlsx != null) {
                writeSpreadsheet(events, asOf);
            }
            if (!json) {
                return 0;
            }
        }
        List<TrackedDeadline> rows = app.deadlines().find(query);
        if (json) {
            root.out().println(Json.write(rows.stream()
                    .map(t -> WorkflowJson.deadline(t, asOf, app.deadlinePolicy())).toList()));
        } else {
            for (TrackedDeadline t : rows) {
                root.out().printf("%s  %-8s %-10s %-15s %-28s %s%n", t.deadline().due(),
                        t.deadline().statusOn(asOf).code(), t.npi(), t.deadline().kind().code(), t.providerName(),
                        t.deadline().subject());
            }
            root.err().println(rows.size() + " deadlines as of " + asOf);
        }
        return 0;
    }

    private void writeSpreadsheet(List<TrackedDeadline> events, LocalDate asOf) {
        try {
            int n = DeadlineSpreadsheet.write(events, asOf, xlsx);
            root.err().println(n + " deadlines written to " + xlsx);
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Cannot write the spreadsheet " + xlsx + ": "
                    + e.getMessage());
        }
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(CliException.UNREADABLE, "Cannot write the calendar file " + file + ": "
                    + e.getMessage());
        }
    }

    /** Every kind's code, for --help: the list is the enum's, so a new kind is never missing from it. */
    static final class KindCodes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(DeadlineKind.values()).map(DeadlineKind::code).iterator();
        }
    }
}
