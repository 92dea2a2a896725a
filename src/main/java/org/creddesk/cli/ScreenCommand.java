package org.creddesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Progress;
import org.creddesk.domain.monitoring.Disposition;
import org.creddesk.domain.monitoring.HitDecision;
import org.creddesk.domain.monitoring.ListSource;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.monitoring.ListFileException;
import org.creddesk.monitoring.ScreeningService;
import org.creddesk.monitoring.SuspectListException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code creddesk screen --leie FILE [--sam FILE] [--downloaded DATE] [--json]}: import the lists and screen every
 * active provider; {@code screen hits}, {@code screen dispose}, {@code screen report} for review and audit.
 */
@Command(name = "screen", description = "Import exclusion lists (OIG LEIE, SAM.gov) and screen every active provider.",
        subcommands = {ScreenCommand.HitsCommand.class, ScreenCommand.DisposeCommand.class,
                ScreenReportCommand.class})
public final class ScreenCommand implements Runnable {
    @ParentCommand
    CredDeskCommand root;
    @Option(names = "--leie", paramLabel = "FILE", description = "OIG LEIE UPDATED.csv or a YYMMEXCL/YYMMREIN.csv")
    List<Path> leie = List.of();
    @Option(names = "--sam", paramLabel = "FILE", description = "SAM.gov exclusions extract (CSV)")
    List<Path> sam = List.of();
    @Option(names = "--downloaded", paramLabel = "YYYY-MM-DD", description = "When the files were downloaded "
            + "(default: today)")
    LocalDate downloaded;
    @Option(names = "--json", description = "The hits as a JSON array on stdout")
    boolean json;
    @Option(names = "--confirm-reason", paramLabel = "TEXT", description = "Import a list file that does not look "
            + "whole (cut short, mostly unreadable rows, or a full list far shorter than the last one) anyway; "
            + "the reason is kept in the change log")
    String confirmReason;

    @Override
    public void run() {
        ScreeningService service = root.context().screening();
        ChangeContext ctx = root.context().manualChange();
        for (Path file : leie) {
            importOne(service, file, ListSource.LEIE, ctx);
        }
        for (Path file : sam) {
            importOne(service, file, ListSource.SAM, ctx);
        }
        if (service.listVersionsInForce().isEmpty()) {
            throw new CliException(CliException.USAGE, "No exclusion list has been imported yet: give --leie FILE "
                    + "(and --sam FILE).");
        }
        ScreeningService.Outcome out = service.screenAll(ctx, Progress.NONE);
        root.err().printf("Screened %s against %s in force: %s (%d new), %d waiting for review.%n",
                Counted.of(out.run().providersScreened(), "provider"), Counted.of(out.listRowsInForce(), "list row"),
                Counted.of(out.run().hits(), "hit"), out.run().newHits(),
                out.hits().stream().filter(h -> h.status().needsReview()).count());
        long absent = out.hits().stream().filter(ScreeningHit::absent).count();
        if (absent > 0) {
            root.err().printf("%s no longer found on the lists in force, kept as they stand until a reviewer "
                    + "records a disposition (creddesk screen hits).%n", Counted.of((int) absent, "hit"));
        }
        print(root, out.hits(), json);
    }

    private void importOne(ScreeningService service, Path file, ListSource source, ChangeContext ctx) {
        try {
            ScreeningService.ImportResult r = service.importList(file, source, downloaded, confirmReason, ctx,
                    Progress.NONE);
            root.err().printf("Imported %s (%s, %s): %s, sha256 %s%s%n", r.version().fileName(), r.layout(),
                    r.version().kind().name().toLowerCase(), Counted.of(r.version().rowCount(), "row"),
                    r.version().sha256(), r.reinstatementsApplied() > 0
                            ? ", " + Counted.of(r.reinstatementsApplied(), "reinstatement") + " applied" : "");
            if (r.screeningsBroughtForward() > 0) {
                root.err().printf("%s screened before this list now due for screening within %s%n",
                        Counted.of(r.screeningsBroughtForward(), "provider"),
                        Counted.of(root.context().deadlines().settings().screeningAlertDays(), "day"));
            }
            if (r.rowsRefused() > 0) {
                root.err().printf("%s could not be read:%n", Counted.of(r.rowsRefused(), "row"));
                r.problems().forEach(p -> root.err().println("  " + p));
            }
            if (!r.confirmedConcerns().isEmpty()) {
                root.err().printf("Imported as confirmed (%s) although %s%n", confirmReason,
                        String.join("; ", r.confirmedConcerns()));
            }
        } catch (SuspectListException e) {
            throw new CliException(CliException.REFUSED, e.getMessage() + " To import it anyway: creddesk screen --"
                    + source.name().toLowerCase(java.util.Locale.ROOT) + " " + file + " --confirm-reason \"why\"");
        } catch (ListFileException e) {
            throw new CliException(CliException.UNREADABLE, e.getMessage(), e);
        }
    }

    static void print(CredDeskCommand root, List<ScreeningHit> hits, boolean json) {
        if (json) {
            root.out().println(Json.write(hits.stream().map(ScreeningJson::hit).toList()));
            return;
        }
        for (ScreeningHit h : hits) {
            root.out().printf("%s  %-8s  %-4s  %-16s  %-10s  %-28s  list: %s (%s, %s)%n", h.id(), h.strength().label(),
                    h.source(), h.status().name().toLowerCase(), h.providerNpi(), h.providerName(),
                    h.listRow().displayName(), h.listRow().exclusionType(), h.listRow().exclusionDate());
            root.out().println("      " + String.join("; ", h.reasons()));
            if (h.absent()) {
                root.out().println("      not found since " + h.absentSince() + ": " + h.absence());
            }
        }
    }

    @Command(name = "hits", description = "The review queue (with --all: every hit ever found).")
    static final class HitsCommand implements Runnable {
        @ParentCommand
        ScreenCommand parent;
        @Option(names = "--json", description = "JSON array on stdout")
        boolean json;
        @Option(names = "--all", description = "Every hit, decided ones too")
        boolean all;

        @Override
        public void run() {
            ScreeningService service = parent.root.context().screening();
            List<ScreeningHit> hits = all ? service.allHits() : service.reviewQueue();
            print(parent.root, hits, json);
            parent.root.err().println(hits.size() + (all ? " hits" : " hits waiting for review"));
        }
    }

    @Command(name = "dispose", description = "Record a reviewer's decision on a hit, with a note.")
    static final class DisposeCommand implements Runnable {
        @ParentCommand
        ScreenCommand parent;
        @Parameters(paramLabel = "HIT_ID")
        String hitId;
        @Option(names = "--as", required = true, paramLabel = "DISPOSITION",
                description = "confirmed, false-positive, cannot-determine, or reinstated (the match is the "
                        + "provider and the list shows the exclusion ended)")
        String as;
        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What was checked")
        String note;
        @Option(names = "--json", description = "The recorded decision as JSON")
        boolean json;

        @Override
        public void run() {
            CredDeskCommand root = parent.root;
            Disposition disposition;
            try {
                disposition = Disposition.parse(as);
            } catch (IllegalArgumentException e) {
                throw new CliException(CliException.USAGE, e.getMessage());
            }
            if (note.isBlank()) {
                throw new CliException(CliException.USAGE, "A disposition needs a note saying what was checked.");
            }
            HitDecision d;
            try {
                d = root.context().screening().dispose(hitId, disposition, note, root.context().manualChange());
            } catch (IllegalArgumentException e) {
                throw new CliException(CliException.REFUSED, e.getMessage());
            }
            if (json) {
                root.out().println(Json.write(ScreeningJson.decision(d)));
            } else {
                root.err().printf("Hit %s recorded as %s (evidence: %s downloaded %s, sha256 %s)%n", hitId,
                        d.disposition().label(), d.listFileName(), d.listDownloadedOn(), d.listSha256());
            }
        }
    }
}
