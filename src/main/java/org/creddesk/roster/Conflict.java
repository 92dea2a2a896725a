package org.creddesk.roster;

import java.time.Instant;
import java.time.ZoneId;
import org.creddesk.domain.ConflictAnswer;
import org.creddesk.domain.ShownDates;

/**
 * An incoming value that differs from one a person typed or a primary-source verification saw: never applied
 * without a person's decision, however many imports come. {@code source}, {@code actor} and {@code at} say where the
 * current value came from; {@code verification} describes the verification that saw it (null for a typed value).
 * {@code answered} is set when a person already answered "keep mine" for this very roster value: it is not asked
 * again.
 */
public record Conflict(int row, String npi, RosterField field, String current, String incoming, String source,
                       String actor, Instant at, String verification, ConflictAnswer answered) {

    public Conflict(int row, String npi, RosterField field, String current, String incoming, String source,
                    Instant at) {
        this(row, npi, field, current, incoming, source, null, at, null, null);
    }

    public boolean isAnswered() {
        return answered != null;
    }

    /** "typed by jane on 11/30/2026" or "verified at State board by J. Smith on 11/20/2026". */
    public String origin() {
        if (verification != null) {
            return verification;
        }
        String when = at == null ? "" : " on " + ShownDates.format(at.atZone(ZoneId.systemDefault()).toLocalDate());
        return "typed" + (actor == null ? "" : " by " + actor) + when;
    }

    Conflict answeredBy(ConflictAnswer answer) {
        return new Conflict(row, npi, field, current, incoming, source, actor, at, verification, answer);
    }
}
