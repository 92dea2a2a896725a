package org.creddesk.domain.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creddesk.domain.Affiliation;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.License;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.RegistrationKind;
import org.creddesk.domain.monitoring.ScreeningSchedule;

/**
 * Derives every deadline of DOMAIN.md from a provider file and its workflow data. The dates derived never depend
 * on today (so they can be stored and refreshed only when the data moves); {@link #statusOf} and {@link #stageOf}
 * read the injected clock.
 */
public final class DeadlinePolicy {
    public static final String SCREENING_SUBJECT = "Exclusion and sanction screening";

    /** The settings in force and the freshness rule built from them, swapped together. */
    private record Rules(DeadlineSettings settings, PsvFreshness freshness) {
    }

    private final Clock clock;
    private volatile Rules rules;

    public DeadlinePolicy(DeadlineSettings settings, Clock clock) {
        this.clock = clock;
        apply(settings);
    }

    /**
     * Puts changed settings in force for every later derivation and check (the caller then re-derives the stored
     * deadlines, see {@code DeadlineService.applySettings}).
     */
    public void apply(DeadlineSettings changed) {
        this.rules = new Rules(changed, new PsvFreshness(changed));
    }

    public DeadlineSettings settings() {
        return rules.settings();
    }

    public PsvFreshness freshness() {
        return rules.freshness();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public DeadlineStatus statusOf(Deadline d) {
        return d.statusOn(today());
    }

    /** The alert stage ("30d", "expired"); for recredentialing past due, "late-window" then "lapsed". */
    public String stageOf(Deadline d, LocalDate on) {
        if (d.kind() == DeadlineKind.RECREDENTIALING && on.isAfter(d.due())) {
            return on.isAfter(d.due().plusDays(settings().recredentialingLateDays())) ? "lapsed" : "late-window";
        }
        return d.stageOn(on);
    }

    public List<Deadline> derive(ProviderFile file, ProviderWorkflow workflow) {
        if (file.provider().status() == ProviderStatus.RETIRED) {
            return List.of();
        }
        List<Deadline> result = new ArrayList<>();
        String pid = file.id();
        for (License l : CurrentCredentials.licenses(file)) {
            expiry(result, pid, DeadlineKind.LICENSE, DeadlineSubjects.license(l), l.expires(), l.id());
        }
        for (DeaRegistration r : CurrentCredentials.registrations(file)) {
            DeadlineKind kind = r.kind() == RegistrationKind.DEA ? DeadlineKind.DEA : DeadlineKind.CDS;
            expiry(result, pid, kind, DeadlineSubjects.registration(r), r.expires(), r.id());
        }
        for (BoardCertification b : CurrentCredentials.boards(file)) {
            expiry(result, pid, DeadlineKind.BOARD, DeadlineSubjects.board(b), b.expires(), b.id());
        }
        CurrentCredentials.malpractice(file).forEach(m ->
                expiry(result, pid, DeadlineKind.MALPRACTICE, DeadlineSubjects.malpractice(m), m.expires(), m.id()));
        for (Affiliation a : file.affiliations()) {
            reappointmentDue(a).ifPresent(due -> expiry(result, pid, DeadlineKind.REAPPOINTMENT,
                    DeadlineSubjects.reappointment(a), due, a.id()));
        }
        workflow.lastApproval().ifPresent(d -> result.add(new Deadline(pid, DeadlineKind.RECREDENTIALING,
                "Recredentialing (last approved " + d.decidedOn() + ")", recredentialingDue(d.decidedOn()),
                d.decidedOn().plusMonths(settings().recredentialingWarnMonth()), d.id(), List.of())));
        for (CredentialingDecision d : workflow.decisions()) {
            if (d.needsNotice() && d.noticeSentOn() == null && d.noticeMethod() == null) {
                LocalDate due = decisionNoticeDue(d.decidedOn());
                result.add(new Deadline(pid, DeadlineKind.DECISION_NOTICE, "Tell the practitioner of the "
                        + (d.outcome() == DecisionOutcome.APPROVE ? "approval" : "denial") + " of "
                        + org.creddesk.domain.ShownDates.format(d.decidedOn()), due, d.decidedOn(), d.id(), List.of()));
            }
        }
        caqh(file).ifPresent(result::add);
        for (EnrollmentFacts e : workflow.enrollments()) {
            enrollment(result, pid, e);
        }
        for (ContractFacts c : workflow.contracts()) {
            contractRenewal(pid, c).ifPresent(result::add);
        }
        psv(result, file, workflow);
        screening(file.id(), workflow.screening()).ifPresent(result::add);
        return result;
    }

    /**
     * The next exclusion screening of an active provider: by the end of the calendar month after the last one, or
     * within the alert days of a list downloaded after it if that is sooner; never screened, due the day the
     * provider was added. Empty when neither day is known.
     */
    public Optional<Deadline> screening(String providerId, ScreeningStanding standing) {
        LocalDate due = screeningDue(standing);
        return due == null ? Optional.empty() : Optional.of(screeningDueOn(providerId, due));
    }

    /** The screening deadline of a provider when it falls due on {@code due}. */
    public Deadline screeningDueOn(String providerId, LocalDate due) {
        return new Deadline(providerId, DeadlineKind.SCREENING, SCREENING_SUBJECT, due,
                due.minusDays(settings().screeningWarnDays()), providerId, List.of());
    }

    /** The last day the next screening may happen (null when the provider was never screened nor dated). */
    public LocalDate screeningDue(ScreeningStanding standing) {
        return ScreeningSchedule.nextDue(standing.lastScreened(), standing.addedOn(), settings().screeningMonths(),
                standing.alertSince(), settings().screeningAlertDays());
    }

    /** The due day of screenings that a list downloaded on {@code downloadedOn} brings forward. */
    public LocalDate screeningAlertDue(LocalDate downloadedOn) {
        return downloadedOn.plusDays(settings().screeningAlertDays());
    }

    /**
     * A standing contract with an end date: its notice date (end minus notice days) is when to renew, renegotiate or
     * give notice; it alerts like an expiring credential.
     */
    public Optional<Deadline> contractRenewal(String pid, ContractFacts facts) {
        Contract c = facts.contract();
        if (c.terminatedOn() != null || c.noticeDate().isEmpty()) {
            return Optional.empty();
        }
        LocalDate due = c.noticeDate().get();
        String subject = facts.payerName() + " contract ends " + org.creddesk.domain.ShownDates.format(c.endsOn())
                + (c.autoRenews() ? " (renews unless notice is given)" : "");
        return Optional.of(new Deadline(pid, DeadlineKind.CONTRACT_RENEWAL, subject, due,
                due.minusDays(settings().firstAlertDays()), c.id(), settings().expiryAlertDays()));
    }

    private void expiry(List<Deadline> out, String pid, DeadlineKind kind, String subject, LocalDate due, String id) {
        if (due != null) {
            out.add(new Deadline(pid, kind, subject, due, due.minusDays(settings().firstAlertDays()), id,
                    settings().expiryAlertDays()));
        }
    }

    /** 36 months after the decision; Feb 29 + 36 months is Feb 28. */
    public LocalDate recredentialingDue(LocalDate lastDecision) {
        return lastDecision.plusMonths(settings().recredentialingMonths());
    }

    /** Whether a decision on {@code decisionDate} still counts as recredentialing (due date + the late window). */
    public boolean countsAsRecredentialing(LocalDate lastDecision, LocalDate decisionDate) {
        return !decisionDate.isAfter(recredentialingDue(lastDecision).plusDays(settings().recredentialingLateDays()));
    }

    /** The last day of the attestation: the CAQH profile reads "Expired" the day after. */
    public LocalDate caqhDue(LocalDate attestedOn, String practiceState) {
        return attestedOn.plusDays(settings().caqhDaysFor(practiceState));
    }

    private Optional<Deadline> caqh(ProviderFile file) {
        LocalDate attested = file.provider().caqhAttestedOn();
        if (attested == null) {
            return Optional.empty();
        }
        String state = file.primaryLocation().map(PracticeLocation::state).orElse(null);
        LocalDate due = caqhDue(attested, state);
        String id = file.provider().caqhId();
        String subject = id == null || id.isBlank() ? "CAQH re-attestation" : "CAQH re-attestation " + id.strip();
        return Optional.of(new Deadline(file.id(), DeadlineKind.CAQH, subject, due,
                due.minusDays(settings().caqhWarnDays()), file.id(), List.of()));
    }

    public Optional<LocalDate> reappointmentDue(Affiliation a) {
        LocalDate base = a.lastReappointed() != null ? a.lastReappointed() : a.appointed();
        if (base == null) {
            return Optional.empty();
        }
        int months = a.reappointmentMonths() == null ? settings().defaultReappointmentMonths() : a.reappointmentMonths();
        return Optional.of(base.plusMonths(months));
    }

    /** Medicare revalidation: five years on, due the last day of that month. */
    public LocalDate medicareRevalidationDue(LocalDate lastEnrolledOrRevalidated) {
        return medicareRevalidationDue(lastEnrolledOrRevalidated, false);
    }

    /** Every 5 years (3 for a DME supplier), due on the last day of the month. */
    public LocalDate medicareRevalidationDue(LocalDate lastEnrolledOrRevalidated, boolean dmeSupplier) {
        int years = dmeSupplier ? settings().dmeRevalidationYears() : settings().medicareRevalidationYears();
        return lastEnrolledOrRevalidated.plusYears(years).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** At least every 5 years, per the state's program ({@code state} may be null: the default). */
    public LocalDate medicaidRevalidationDue(LocalDate lastEnrolledOrRevalidated, String state) {
        return lastEnrolledOrRevalidated.plusYears(settings().medicaidRevalidationYearsFor(state));
    }

    /** The day the practitioner must have been told of a decision by. */
    public LocalDate decisionNoticeDue(LocalDate decidedOn) {
        return decidedOn.plusDays(settings().decisionNoticeDays());
    }

    /** Submitted plus the payer's typical processing days. */
    public Optional<LocalDate> expectedDecision(EnrollmentFacts e) {
        LocalDate submitted = e.enrollment().submittedOn();
        return submitted == null || e.payer() == null ? Optional.empty()
                : Optional.of(submitted.plusDays(e.payer().typicalProcessingDays()));
    }

    /** The next follow-up: as the last note planned it, else one cadence after the last note or the submission. */
    public Optional<LocalDate> nextFollowUp(EnrollmentFacts e) {
        Optional<FollowUp> last = e.latestFollowUp();
        if (last.isPresent() && last.get().nextFollowUp() != null) {
            return Optional.of(last.get().nextFollowUp());
        }
        LocalDate from = last.map(FollowUp::on).orElse(e.enrollment().submittedOn());
        return from == null || e.payer() == null ? Optional.empty()
                : Optional.of(from.plusDays(e.payer().followUpCadenceDays()));
    }

    private void enrollment(List<Deadline> out, String pid, EnrollmentFacts e) {
        Enrollment en = e.enrollment();
        String payer = DeadlineSubjects.payer(e.payer(), en.state());
        if (en.status().isWithPayer()) {
            expectedDecision(e).ifPresent(due -> out.add(new Deadline(pid, DeadlineKind.ENROLLMENT,
                    payer + ": decision expected", due, due.minusDays(settings().enrollmentWarnDays()), en.id(),
                    List.of())));
            nextFollowUp(e).ifPresent(due -> out.add(new Deadline(pid, DeadlineKind.FOLLOW_UP,
                    "Follow up with " + payer, due, due.minusDays(settings().followUpWarnDays()), en.id(), List.of())));
        }
        if (en.status() == EnrollmentStatus.INFORMATION_REQUESTED && en.informationRequestedOn() != null) {
            LocalDate due = en.informationRequestedOn().plusDays(settings().informationRequestDays());
            out.add(new Deadline(pid, DeadlineKind.ENROLLMENT, payer + ": answer the request for information", due,
                    due.minusDays(settings().enrollmentWarnDays()), en.id(), List.of()));
        }
        if (en.status() == EnrollmentStatus.APPROVED && e.payer() != null && e.payer().kind() != PayerKind.COMMERCIAL) {
            LocalDate base = en.revalidatedOn() != null ? en.revalidatedOn() : en.effectiveDate();
            if (base != null) {
                boolean medicare = e.payer().kind() == PayerKind.MEDICARE;
                String state = e.payer().state() != null ? e.payer().state() : en.state();
                LocalDate due = medicare ? medicareRevalidationDue(base, en.dmeSupplier())
                        : medicaidRevalidationDue(base, state);
                out.add(new Deadline(pid, DeadlineKind.REVALIDATION, payer + " revalidation", due,
                        due.minusDays(settings().revalidationWarnDays()), en.id(), List.of()));
            }
        }
    }

    /** Before a planned committee: every required verification must be fresh on that date. */
    private void psv(List<Deadline> out, ProviderFile file, ProviderWorkflow workflow) {
        for (Checklist c : workflow.checklists()) {
            if (!c.isOpen() || !c.kind().endsInDecision() || c.plannedCommittee() == null) {
                continue;
            }
            LocalDate committee = c.plannedCommittee();
            // the decision's rules (late recredentialing, board for training); screening holds are no PSV deadline
            DecisionReadiness.Assessment a = new DecisionReadiness(this).assess(file, workflow.decisions(),
                    workflow.itemsOf(c.id()), workflow.verifications(), ScreeningStanding.UNKNOWN, committee,
                    c.program());
            for (PsvCheck check : a.checks()) {
                if (!check.isFresh()) {
                    String state = check.state() == PsvCheck.State.MISSING ? "missing" : "stale";
                    out.add(new Deadline(file.id(), DeadlineKind.PSV, check.requirement().label() + " " + state
                            + " for committee " + committee, committee,
                            committee.minusDays(settings().psvWarnDays()), c.id(), List.of()));
                }
            }
        }
    }
}
