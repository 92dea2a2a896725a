package org.creddesk.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.creddesk.app.AppContext;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.domain.workflow.FollowUpChannel;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.workflow.EnrollmentBoardFilter;
import org.creddesk.workflow.DuplicateEnrollmentException;
import org.creddesk.workflow.EnrollmentCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code creddesk enrollments list|add|move|approve|followup|payers|add-payer}. */
@Command(name = "enrollments", description = "Payer enrollments: the board, the pipeline and the follow-up log.",
        subcommands = {EnrollmentsCommand.ListCommand.class, EnrollmentsCommand.AddCommand.class,
                EnrollmentsCommand.MoveCommand.class, EnrollmentsCommand.ApproveCommand.class,
                EnrollmentsCommand.FollowUpCommand.class, EnrollmentsCommand.PayersCommand.class,
                EnrollmentsCommand.AddPayerCommand.class, EnrollmentsCommand.DmeCommand.class})
public final class EnrollmentsCommand {
    @ParentCommand
    CredDeskCommand root;

    /** Runs a service call, turning a refused input into a usage error with the service's sentence. */
    static <T> T usage(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.USAGE, e.getMessage());
        }
    }

    static EnrollmentStatus status(String text) {
        try {
            return EnrollmentStatus.valueOf(text.strip().toUpperCase().replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.USAGE, "'" + text + "' is not an enrollment status; statuses: "
                    + List.of(EnrollmentStatus.values()).stream().map(s -> s.name().toLowerCase().replace('_', '-'))
                    .toList());
        }
    }

    @Command(name = "list", description = "Every enrollment with its expected decision, next follow-up and flags.")
    static final class ListCommand implements Runnable {
        @ParentCommand
        EnrollmentsCommand parent;
        @Option(names = "--json")
        boolean json;
        @Option(names = "--payer", paramLabel = "NAME")
        String payer;
        @Option(names = "--state", paramLabel = "ST")
        String state;
        @Option(names = "--coordinator", paramLabel = "USER")
        String coordinator;
        @Option(names = "--status", paramLabel = "STATUS")
        String status;
        @Option(names = "--flagged", description = "Only enrollments past their expected decision, with a follow-up "
                + "overdue, or without a note for 30 days")
        boolean flagged;

        @Override
        public void run() {
            AppContext app = parent.root.context();
            String payerId = payer == null ? null : app.enrollments().payerNamed(payer).id();
            EnrollmentBoardFilter filter = new EnrollmentBoardFilter(payerId, state, coordinator,
                    status == null ? null : status(status), flagged);
            LocalDate asOf = LocalDate.now(parent.root.clock());
            List<EnrollmentCard> cards = app.enrollments().board(filter, asOf);
            if (json) {
                parent.root.out().println(Json.write(cards.stream().map(WorkflowJson::enrollment).toList()));
                return;
            }
            for (EnrollmentCard c : cards) {
                Enrollment e = c.facts().enrollment();
                parent.root.out().printf("%-36s  %-10s %-24s %-20s %-2s %-22s %s%n", e.id(), c.npi(), c.providerName(),
                        c.facts().payer() == null ? "" : c.facts().payer().name(), e.state(),
                        e.status().name().toLowerCase(), c.flags().isEmpty() ? "" : c.flags());
            }
            parent.root.err().println(cards.size() + " enrollments");
        }
    }

    @Command(name = "add", description = "Start an enrollment of a provider with a payer in a state.")
    static final class AddCommand implements Runnable {
        @ParentCommand
        EnrollmentsCommand parent;
        @Parameters(paramLabel = "NPI")
        String npi;
        @Option(names = "--payer", required = true, paramLabel = "NAME")
        String payer;
        @Option(names = "--state", required = true, paramLabel = "ST")
        String state;
        @Option(names = "--status", paramLabel = "STATUS", description = "First status (default not-started)")
        String status;

        @Override
        public void run() {
            AppContext app = parent.root.context();
            ProviderFile f = ProvidersCommand.byNpi(parent.root, npi);
            Payer p = app.enrollments().payerNamed(payer);
            EnrollmentStatus first = status == null ? null : status(status);
            Enrollment e;
            try {
                e = app.enrollments().start(f.id(), p.id(), state, null, first, app.manualChange());
            } catch (DuplicateEnrollmentException refused) {
                throw new CliException(CliException.REFUSED, refused.getMessage());
            } catch (IllegalArgumentException bad) {
                throw new CliException(CliException.USAGE, bad.getMessage());
            }
            parent.root.out().println(Json.write(Map.of("id", e.id(), "status", e.status().name().toLowerCase())));
        }
    }

    @Command(name = "dme", description = "Mark a Medicare enrollment as a DME supplier's: revalidated every 3 years "
            + "instead of 5 (--off clears it).")
    static final class DmeCommand implements Runnable {
        @ParentCommand
        EnrollmentsCommand parent;
        @Parameters(paramLabel = "ENROLLMENT_ID")
        String id;
        @Option(names = "--off", description = "Not a DME supplier")
        boolean off;

        @Override
        public void run() {
            Enrollment e = usage(() -> parent.root.context().enrollments().markDmeSupplier(id, !off,
                    parent.root.context().manualChange()));
            parent.root.out().println(Json.write(Map.of("id", e.id(), "dmeSupplier", e.dmeSupplier())));
        }
    }

    @Command(name = "move", description = "Move an enrollment to its next status (dated today unless --date).")
    static final class MoveCommand implements Runnable {
        @ParentCommand
        EnrollmentsCommand parent;
        @Parameters(paramLabel = "ENROLLMENT_ID")
        String id;
        @Option(names = "--to", required = true, paramLabel = "STATUS")
        String to;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD")
        LocalDate date;
        @Option(names = "--note")
        String note;

        @Override
        public void run() {
            AppContext app = parent.root.context();
            Enrollment e = usage(() -> app.enrollments().move(id, status(to), date, note, app.manualChange()));
            parent.root.out().println(Json.write(Map.of("id", e.id(), "status", e.status().name().toLowerCase())));
        }
    }

    @Command(name = "approve", description = "Record the payer's approval with its effective date and provider id.")
    static final class ApproveCommand implements Runnable {
        @ParentCommand
        EnrollmentsCommand parent;
        @Parameters(paramLabel = "ENROLLMENT_ID")
        String id;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD")
        LocalDate date;
        @Option(names = "--effective", paramLabel = "YYYY-MM-DD")
        LocalDate effective;
        @Option(names = "--payer-id", paramLabel = "ID", description = "The id the payer assigned")
        String payerId;

        @Override
        public void run() {
            AppContext app = parent.root.context();
            Enrollment e = usage(() -> app.enrollments().approve(id, date, effective, payerId, null,
                    app.manualChange()));
            parent.root.out().println(Json.write(Map.of("id", e.id(), "status", "approved",
                    "effectiveDate", e.effectiveDate().toString())));
        }
    }

    @Command(name = "followup", description = "Log a follow-up (call, portal, email...) and plan the next one.")
    static final class FollowUpCommand implements Runnable {
        @ParentCommand
        EnrollmentsCommand parent;
        @Parameters(paramLabel = "ENROLLMENT_ID")
        String id;
        @Option(names = "--channel", defaultValue = "call", paramLabel = "CHANNEL",
                description = "call, portal, email, fax or letter")
        String channel;
        @Option(names = "--contact")
        String contact;
        @Option(names = "--ref", paramLabel = "REFERENCE")
        String reference;
        @Option(names = "--note", required = true)
        String note;
        @Option(names = "--next", paramLabel = "YYYY-MM-DD")
        LocalDate next;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD")
        LocalDate date;

        @Override
        public void run() {
            AppContext app = parent.root.context();
            FollowUpChannel ch = usage(() -> FollowUpChannel.valueOf(channel.strip().toUpperCase()));
            FollowUp f = usage(() -> app.enrollments().logFollowUp(id, date, ch, contact, reference, note, next,
                    app.manualChange()));
            parent.root.out().println(Json.write(WorkflowJson.followUp(f)));
        }
    }

    @Command(name = "payers", description = "The payers and their processing and follow-up days.")
    static final class PayersCommand implements Runnable {
        @ParentCommand
        EnrollmentsCommand parent;

        @Override
        public void run() {
            parent.root.out().println(Json.write(parent.root.context().enrollments().payers()));
        }
    }

    @Command(name = "add-payer", description = "Add a payer.")
    static final class AddPayerCommand implements Runnable {
        @ParentCommand
        EnrollmentsCommand parent;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--kind", defaultValue = "commercial", description = "medicare, medicaid or commercial")
        String kind;
        @Option(names = "--state", paramLabel = "ST", description = "For a state's Medicaid program")
        String state;
        @Option(names = "--typical-days", defaultValue = "90")
        int typicalDays;
        @Option(names = "--follow-up-days", defaultValue = "30")
        int followUpDays;
        @Option(names = "--notes")
        String notes;

        @Override
        public void run() {
            AppContext app = parent.root.context();
            PayerKind k = usage(() -> PayerKind.valueOf(kind.strip().toUpperCase()));
            Payer p = usage(() -> app.enrollments().savePayer(null, name, k, state, typicalDays, followUpDays, notes,
                    app.manualChange()));
            parent.root.out().println(Json.write(p));
        }
    }
}
