package org.creddesk.domain.workflow;

import java.time.YearMonth;

/**
 * A period without work or training: {@code from} and {@code to} are the first and last whole months of it.
 * {@code need} says what the gap requires; {@code satisfied} whether the file has it.
 */
public record WorkHistoryGap(YearMonth from, YearMonth to, long months, Need need, boolean satisfied,
                             String followingJobId) {

    public enum Need {
        /** Over 6 months: an explanation. */
        EXPLANATION,
        /** Over 12 months: a written explanation (a document attached to the job after the gap). */
        WRITTEN_EXPLANATION
    }

    public String describe() {
        String what = need == Need.EXPLANATION ? "needs an explanation" : "needs a written explanation";
        return "Work history gap " + from + " to " + to + " (" + months + " months) " + what
                + (satisfied ? ": given" : "");
    }
}
