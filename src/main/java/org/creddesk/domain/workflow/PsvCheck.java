package org.creddesk.domain.workflow;

import org.creddesk.domain.ShownDates;

import java.time.LocalDate;

/**
 * How one required verification stands on a decision date. {@code verification} is the newest one on or before
 * that date (null when missing); {@code ageDays} its age then; {@code maxAgeDays} the limit that applied.
 */
public record PsvCheck(PsvRequirement requirement, Verification verification, LocalDate decisionDate,
                       int maxAgeDays, long ageDays, State state, String held) {

    /**
     * HELD: a verification may exist, but something newer keeps it from counting (a screening hit; {@code held} says
     * which). FRESH with {@code held} set: met through another verification, which {@code held} names.
     */
    public enum State {
        FRESH, STALE, MISSING, HELD
    }

    public PsvCheck(PsvRequirement requirement, Verification verification, LocalDate decisionDate, int maxAgeDays,
                    long ageDays, State state) {
        this(requirement, verification, decisionDate, maxAgeDays, ageDays, state, null);
    }

    /** This check met through another one: a current, verified board certification stands for training. */
    public PsvCheck coveredBy(PsvCheck other) {
        return new PsvCheck(requirement, other.verification, decisionDate, other.maxAgeDays, other.ageDays,
                State.FRESH, "met by the board certification (" + other.requirement.label() + ") verified "
                + ShownDates.format(other.verification.verifiedOn()));
    }

    /** This check, held for {@code why} (whatever the verification's age). */
    public PsvCheck heldBecause(String why) {
        return new PsvCheck(requirement, verification, decisionDate, maxAgeDays, ageDays, State.HELD, why);
    }

    public boolean isFresh() {
        return state == State.FRESH;
    }

    /** Why it does not count, in words a coordinator can act on. */
    public String reason() {
        return switch (state) {
            case FRESH -> held != null ? requirement.label() + " " + held
                    : requirement.label() + " verified " + ShownDates.format(verification.verifiedOn()) + " (" + ageDays
                    + " days old on " + ShownDates.format(decisionDate) + ")";
            case MISSING -> requirement.label() + " has no primary-source verification on or before "
                    + ShownDates.format(decisionDate);
            case STALE -> requirement.label() + " was verified " + ShownDates.format(verification.verifiedOn()) + ", " + ageDays
                    + " days before " + ShownDates.format(decisionDate) + "; at most " + maxAgeDays + " days are allowed";
            case HELD -> requirement.label() + " does not count: " + held;
        };
    }
}
