package org.creddesk.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Ids;
import org.creddesk.domain.Provider;
import org.creddesk.domain.UsStates;
import org.creddesk.domain.workflow.DeadlinePolicy;
import org.creddesk.domain.workflow.Enrollment;
import org.creddesk.domain.workflow.EnrollmentFacts;
import org.creddesk.domain.workflow.EnrollmentFlags;
import org.creddesk.domain.workflow.EnrollmentStatus;
import org.creddesk.domain.workflow.FollowUp;
import org.creddesk.domain.workflow.FollowUpChannel;
import org.creddesk.domain.workflow.Payer;
import org.creddesk.domain.workflow.PayerKind;
import org.creddesk.provider.NotFoundException;
import org.creddesk.store.EnrollmentRepository;
import org.creddesk.store.ProviderRepository;

/** Payer enrollments: the pipeline with dated steps, the follow-up log, and the board with its flags. */
public final class EnrollmentService {
    private final EnrollmentRepository enrollments;
    private final ProviderRepository providers;
    private final DeadlinePolicy policy;
    private final EnrollmentFlags flags;
    private final Clock clock;

    public EnrollmentService(EnrollmentRepository enrollments, ProviderRepository providers, DeadlinePolicy policy,
                             Clock clock) {
        this.enrollments = enrollments;
        this.providers = providers;
        this.policy = policy;
        this.flags = new EnrollmentFlags(policy);
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Payer> payers() {
        return enrollments.payers();
    }

    public Payer payerNamed(String name) {
        return enrollments.payerByName(name).or(() -> enrollments.payer(name))
                .orElseThrow(() -> new NotFoundException("No payer '" + name + "'; payers: "
                        + payers().stream().map(Payer::name).toList()));
    }

    public Payer savePayer(String id, String name, PayerKind kind, String state, int typicalDays, int cadenceDays,
                           String notes, ChangeContext ctx) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A payer needs a name.");
        }
        if (typicalDays <= 0 || cadenceDays <= 0) {
            throw new IllegalArgumentException("Processing and follow-up days must be positive.");
        }
        String st = state == null || state.isBlank() ? null : state.strip().toUpperCase();
        if (st != null && !UsStates.isValid(st)) {
            throw new IllegalArgumentException("'" + state + "' is not a US state code.");
        }
        if (kind == PayerKind.MEDICAID && st == null) {
            throw new IllegalArgumentException("A Medicaid program needs its state.");
        }
        Payer p = new Payer(id == null ? Ids.newId(clock) : id, name.strip(), kind == null ? PayerKind.COMMERCIAL : kind,
                st, typicalDays, cadenceDays, notes == null || notes.isBlank() ? null : notes.strip());
        enrollments.savePayer(p, ctx);
        return p;
    }

    /** Starts an enrollment in "not started" (or the given first status), dated today. */
    public Enrollment start(String providerId, String payerId, String state, String locationId,
                            EnrollmentStatus status, ChangeContext ctx) {
        return start(providerId, payerId, state, locationId, status, null, ctx);
    }

    /**
     * Starts an enrollment in "not started", "gathering" or "submitted" (or any first status), its step dated
     * {@code on} (today when null; never in the future). One enrollment per provider × payer × state × location:
     * a second one is refused with {@link DuplicateEnrollmentException}.
     */
    public Enrollment start(String providerId, String payerId, String state, String locationId,
                            EnrollmentStatus status, LocalDate on, ChangeContext ctx) {
        if (state == null || !UsStates.isValid(state.strip().toUpperCase())) {
            throw new IllegalArgumentException("'" + state + "' is not a US state code.");
        }
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new IllegalArgumentException("The first step (" + day + ") cannot be after today (" + today() + ").");
        }
        String st = state.strip().toUpperCase();
        String location = locationId == null || locationId.isBlank() ? null : locationId;
        Optional<EnrollmentFacts> same = duplicateOf(enrollments.forProvider(providerId), payerId, st, location);
        if (same.isPresent()) {
            Enrollment e = same.get().enrollment();
            String payer = same.get().payer() == null ? payerId : same.get().payer().name();
            throw new DuplicateEnrollmentException("This provider already has an enrollment with " + payer + " in "
                    + st + (location == null ? "" : " at this location") + " (" + label(e.status()) + " since "
                    + e.statusOn() + "); work on that one instead.", e.id());
        }
        Enrollment e = new Enrollment(Ids.newId(clock), providerId, payerId, st, location,
                EnrollmentStatus.NOT_STARTED, day, null, null, null, null, null);
        if (status != null && status != EnrollmentStatus.NOT_STARTED) {
            e = e.moveTo(status, day);
        }
        enrollments.add(e, null, ctx);
        return e;
    }

    /** The enrollment among {@code existing} for the same payer, state and location, if there is one. */
    public static Optional<EnrollmentFacts> duplicateOf(List<EnrollmentFacts> existing, String payerId, String state,
                                                        String locationId) {
        return existing.stream().filter(f -> f.enrollment().payerId().equals(payerId)
                && f.enrollment().state().equalsIgnoreCase(state)
                && Objects.equals(f.enrollment().locationId(), locationId)).findFirst();
    }

    /** Moves an enrollment along the pipeline on {@code on}; a move the pipeline does not allow is refused. */
    public Enrollment move(String enrollmentId, EnrollmentStatus to, LocalDate on, String note, ChangeContext ctx) {
        Enrollment e = facts(enrollmentId).enrollment();
        if (to == EnrollmentStatus.APPROVED) {
            return approve(enrollmentId, on, null, null, note, ctx);
        }
        requireMove(e, to);
        Enrollment moved = e.moveTo(to, on == null ? today() : on);
        enrollments.update(moved, note, ctx);
        return moved;
    }

    public Enrollment approve(String enrollmentId, LocalDate on, LocalDate effective, String payerProviderId,
                              String note, ChangeContext ctx) {
        Enrollment e = facts(enrollmentId).enrollment();
        requireMove(e, EnrollmentStatus.APPROVED);
        LocalDate day = on == null ? today() : on;
        Enrollment approved = e.approved(day, effective == null ? day : effective, payerProviderId);
        enrollments.update(approved, note, ctx);
        return approved;
    }

    private static void requireMove(Enrollment e, EnrollmentStatus to) {
        if (!e.status().next().contains(to)) {
            throw new IllegalArgumentException("An enrollment " + label(e.status()) + " cannot move to " + label(to)
                    + "; next: " + e.status().next().stream().map(EnrollmentService::label).toList());
        }
    }

    static String label(EnrollmentStatus s) {
        return s.name().toLowerCase().replace('_', ' ');
    }

    /**
     * Marks a Medicare enrollment as a DME supplier's (revalidated every 3 years, not 5) or clears the mark; the
     * revalidation deadline moves in the same write.
     */
    public Enrollment markDmeSupplier(String enrollmentId, boolean dme, ChangeContext ctx) {
        EnrollmentFacts f = facts(enrollmentId);
        if (dme && (f.payer() == null || f.payer().kind() != org.creddesk.domain.workflow.PayerKind.MEDICARE)) {
            throw new IllegalArgumentException("Only a Medicare enrollment is a DME supplier's (this one is with "
                    + (f.payer() == null ? "an unknown payer" : f.payer().name()) + ").");
        }
        Enrollment e = f.enrollment();
        Enrollment marked = new Enrollment(e.id(), e.providerId(), e.payerId(), e.state(), e.locationId(), e.status(),
                e.statusOn(), e.submittedOn(), e.informationRequestedOn(), e.effectiveDate(), e.payerProviderId(),
                e.revalidatedOn(), dme);
        enrollments.update(marked, null, ctx);
        return marked;
    }

    /** Logs a follow-up (dated today unless given) and plans the next one. */
    public FollowUp logFollowUp(String enrollmentId, LocalDate on, FollowUpChannel channel, String contact,
                                String referenceNumber, String note, LocalDate next, ChangeContext ctx) {
        facts(enrollmentId);
        LocalDate day = on == null ? today() : on;
        if (next != null && !next.isAfter(day)) {
            throw new IllegalArgumentException("The next follow-up (" + next + ") must come after this one (" + day + ").");
        }
        FollowUp f = new FollowUp(Ids.newId(clock), enrollmentId, day, channel, contact, referenceNumber, note, next,
                ctx.actor());
        enrollments.addFollowUp(f, ctx);
        return f;
    }

    public EnrollmentFacts facts(String enrollmentId) {
        return enrollments.facts(enrollmentId).orElseThrow(() -> new NotFoundException("No enrollment " + enrollmentId));
    }

    public List<EnrollmentFacts> forProvider(String providerId) {
        return enrollments.forProvider(providerId);
    }

    public List<org.creddesk.domain.workflow.EnrollmentTransition> history(String enrollmentId) {
        return enrollments.transitions(enrollmentId);
    }

    /** Every enrollment of active providers with its dates and flags on {@code asOf}, filtered. */
    public List<EnrollmentCard> board(EnrollmentBoardFilter filter, LocalDate asOf) {
        // One payer's enrollments only, and only the providers' own rows: the board of a payer among 100,000
        // providers reads what it shows, not every provider file.
        List<EnrollmentFacts> all = enrollments.all(filter.payerId());
        Map<String, Provider> who = providers.providersOnly(all.stream().map(f -> f.enrollment().providerId())
                .distinct().toList());
        return all.stream()
                .filter(f -> filter.payerId() == null || filter.payerId().equals(f.enrollment().payerId()))
                .filter(f -> filter.state() == null || filter.state().equalsIgnoreCase(f.enrollment().state()))
                .filter(f -> filter.status() == null || filter.status() == f.enrollment().status())
                .map(f -> card(f, who.get(f.enrollment().providerId()), asOf))
                .filter(c -> filter.coordinator() == null || filter.coordinator().equals(c.coordinator()))
                .filter(c -> !filter.flaggedOnly() || c.isFlagged())
                .sorted(Comparator.comparing((EnrollmentCard c) -> c.facts().enrollment().status())
                        .thenComparing(EnrollmentCard::providerName))
                .toList();
    }

    /** One provider's enrollments as board cards (dates and flags on {@code asOf}), by status. */
    public List<EnrollmentCard> cardsFor(String providerId, LocalDate asOf) {
        Provider provider = providers.providersOnly(List.of(providerId)).get(providerId);
        return enrollments.forProvider(providerId).stream().map(f -> card(f, provider, asOf))
                .sorted(Comparator.comparing((EnrollmentCard c) -> c.facts().enrollment().status())
                        .thenComparing(c -> c.facts().payer() == null ? "" : c.facts().payer().name()))
                .toList();
    }

    private EnrollmentCard card(EnrollmentFacts f, Provider p, LocalDate asOf) {
        return new EnrollmentCard(f, p == null ? null : p.npi(), p == null ? "" : p.displayName(),
                p == null ? null : p.coordinator(), policy.expectedDecision(f).orElse(null),
                f.enrollment().status().isWithPayer() ? policy.nextFollowUp(f).orElse(null) : null,
                flags.of(f, asOf));
    }
}
