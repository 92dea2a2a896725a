package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ShownDates;

/**
 * What a credentialing decision on a day needs, in one place for the decision, "what blocks this file" and the
 * committee deadlines (issue 11): every required verification fresh on that day (a current, verified board
 * certification stands for education and training), no lapsed or missing credential for an approval, and, when
 * the decision comes more than the late window after recredentialing was due, the initial verifications again.
 */
public final class DecisionReadiness {
    private final DeadlinePolicy policy;

    public DecisionReadiness(DeadlinePolicy policy) {
        this.policy = policy;
    }

    /** How a file stands for a decision on {@code on}. {@code late} says why initial credentialing applies. */
    public record Assessment(LocalDate on, List<PsvCheck> checks, List<CurrentCredentials.Lapse> lapses,
                             Optional<String> late) {
        public List<PsvCheck> notFresh() {
            return checks.stream().filter(c -> !c.isFresh()).toList();
        }

        /** Why an approval would be refused, in the order to act on them; empty when it may be recorded. */
        public List<String> approvalRefusals() {
            List<String> out = new ArrayList<>();
            lapses.forEach(l -> out.add(l.reason(on)));
            notFresh().forEach(c -> out.add(c.reason()));
            if (!out.isEmpty()) {
                late.ifPresent(why -> out.add(0, why));
            }
            return out;
        }

        /** Why a denial would be refused: verifications (a screening hit does not hold a denial). */
        public List<String> denialRefusals() {
            List<String> out = new ArrayList<>(notFresh().stream()
                    .filter(c -> c.state() != PsvCheck.State.HELD).map(PsvCheck::reason).toList());
            if (!out.isEmpty()) {
                late.ifPresent(why -> out.add(0, why));
            }
            return out;
        }
    }

    public Assessment assess(ProviderFile file, List<CredentialingDecision> decisions, List<ChecklistItem> items,
                             List<Verification> verifications, ScreeningStanding screening, LocalDate on,
                             CredentialingProgram program) {
        List<PsvRequirement> required = PsvRequirements.of(file, items);
        Optional<String> late = lateRecredentialing(decisions, on);
        if (late.isPresent()) {
            required = union(required, PsvRequirements.standard(file));
        }
        List<PsvCheck> checks = policy.freshness().checkAll(required, verifications, on, program);
        checks = boardStandsForTraining(checks, file, verifications, on, program);
        checks = ScreeningHold.apply(checks, screening);
        List<CurrentCredentials.Lapse> lapses = new ArrayList<>(CurrentCredentials.lapsedOn(file, on));
        if (file.licenses().isEmpty()) {
            lapses.add(0, new CurrentCredentials.Lapse(DeadlineKind.LICENSE, "State license", null, null));
        }
        return new Assessment(on, checks, List.copyOf(lapses), late);
    }

    /**
     * DOMAIN.md: a decision within the late window (30 days) after recredentialing was due still counts as
     * recredentialing; later, it is initial credentialing again.
     */
    Optional<String> lateRecredentialing(List<CredentialingDecision> decisions, LocalDate on) {
        Optional<CredentialingDecision> last = decisions.stream()
                .filter(d -> d.outcome() == DecisionOutcome.APPROVE && d.decidedOn().isBefore(on))
                .max(Comparator.comparing(CredentialingDecision::decidedOn));
        if (last.isEmpty() || policy.countsAsRecredentialing(last.get().decidedOn(), on)) {
            return Optional.empty();
        }
        LocalDate due = policy.recredentialingDue(last.get().decidedOn());
        return Optional.of("Recredentialing was due " + ShownDates.format(due) + "; a decision on "
                + ShownDates.format(on) + " is " + ChronoUnit.DAYS.between(due, on) + " days later (more than "
                + policy.settings().recredentialingLateDays()
                + "), so it is initial credentialing again: the initial verifications apply");
    }

    private static List<PsvRequirement> union(List<PsvRequirement> a, List<PsvRequirement> b) {
        Map<String, PsvRequirement> byKey = new LinkedHashMap<>();
        for (PsvRequirement r : a) {
            byKey.putIfAbsent(r.element() + "|" + r.credentialId(), r);
        }
        for (PsvRequirement r : b) {
            boolean covered = byKey.values().stream().anyMatch(x -> x.element() == r.element()
                    && (x.credentialId() == null || x.credentialId().equals(r.credentialId())));
            if (!covered) {
                byKey.put(r.element() + "|" + r.credentialId(), r);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** DOMAIN.md: board certification can stand for training, when it is current and freshly verified. */
    private List<PsvCheck> boardStandsForTraining(List<PsvCheck> checks, ProviderFile file,
                                                  List<Verification> verifications, LocalDate on,
                                                  CredentialingProgram program) {
        Optional<PsvCheck> board = CurrentCredentials.boards(file).stream()
                .filter(b -> b.expires() == null || !b.expires().isBefore(on))
                .map(b -> policy.freshness().check(new PsvRequirement(VerificationElement.BOARD_CERTIFICATION,
                        b.id(), DeadlineSubjects.board(b)), verifications, on, program))
                .filter(PsvCheck::isFresh)
                .findFirst();
        if (board.isEmpty()) {
            return checks;
        }
        return checks.stream().map(c -> c.requirement().element() == VerificationElement.EDUCATION && !c.isFresh()
                ? c.coveredBy(board.get()) : c).toList();
    }
}
