package org.creddesk.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creddesk.domain.Provenance;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.VerifiedField;
import org.creddesk.store.RosterMember;

/**
 * Compares a roster row with the stored provider file field by field, and decides which differences are
 * conflicts: the current value was typed by a person or seen by a primary-source verification, so the roster may
 * not overwrite it silently.
 */
public final class RosterDiff {
    /** Fields that say who the provider is: a roster that differs on one is a conflict for a person (issue 16). */
    private static final java.util.Set<RosterField> IDENTIFIERS =
            java.util.EnumSet.of(RosterField.NPI, RosterField.CAQH_ID, RosterField.DATE_OF_BIRTH);

    private final ProviderMapper mapper;
    private final LocalDate today;

    public RosterDiff(ProviderMapper mapper, LocalDate today) {
        this.mapper = mapper;
        this.today = today;
    }

    /** A row beside what is stored: {@code existing} null for a new provider. */
    public record Comparison(RosterRow row, ProviderFile existing, List<FieldDiff> changes) {
    }

    public Comparison compare(RosterRow row, ProviderFile existing, RosterMember member) {
        if (existing == null) {
            // every value of a new provider is new; listing them per row would only cost memory on big rosters
            return new Comparison(row, null, List.of());
        }
        List<FieldDiff> changes = new ArrayList<>();
        for (Map.Entry<RosterField, String> e : row.values().entrySet()) {
            RosterField field = e.getKey();
            if (field == RosterField.ACTION || field == RosterField.TERMINATION_DATE) {
                continue;
            }
            String current = field.isMembership() ? membership(member, field)
                    : mapper.current(existing, row, field);
            if (!ValueNormalizer.sameValue(field, current, e.getValue())) {
                changes.add(new FieldDiff(field, current, e.getValue()));
            }
        }
        Optional<String> termination = incomingTermination(row, today);
        if (termination.isPresent()) {
            String current = membership(member, RosterField.TERMINATION_DATE);
            // A termination already recorded stays as it is when a later roster repeats "Term" without a date.
            boolean repeatedTerm = current != null && !row.has(RosterField.TERMINATION_DATE);
            if (!repeatedTerm && !termination.get().equals(current)) {
                changes.add(new FieldDiff(RosterField.TERMINATION_DATE, current, termination.get()));
            }
        }
        return new Comparison(row, existing, changes);
    }

    /** The termination a row asks for: its termination date, or today for a "Term" row without one. */
    static Optional<String> incomingTermination(RosterRow row, LocalDate today) {
        if (row.has(RosterField.TERMINATION_DATE)) {
            return Optional.of(row.get(RosterField.TERMINATION_DATE));
        }
        return "TERM".equals(row.get(RosterField.ACTION)) ? Optional.of(today.toString()) : Optional.empty();
    }

    private static String membership(RosterMember m, RosterField field) {
        if (m == null) {
            return null;
        }
        LocalDate d = field == RosterField.EFFECTIVE_DATE ? m.effective() : m.termination();
        return d == null ? null : d.toString();
    }

    /**
     * What makes a difference a conflict, if anything: the current value was typed by a person (its newest
     * change-log row is {@code manual}) or a verification saw it and nothing changed it since. There is no time
     * window: a protected value stays until a person decides, however many imports follow (issue 11).
     */
    Optional<Protection> protection(ProviderFile f, RosterRow row, RosterField field, Map<String, Provenance> provenance,
                                    Map<String, VerifiedField> verified) {
        Optional<ProviderMapper.Target> target = mapper.target(f, row, field);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (IDENTIFIERS.contains(field) && mapper.current(f, row, field) != null) {
            // matched by name and date of birth, or a CAQH id or birth date that differs: never a plain update
            return Optional.of(new Protection("identifier", null, null,
                    "an identifier on file: only a person may change it"));
        }
        String key = target.get().entityId() + "." + target.get().field();
        Provenance p = provenance.get(key);
        VerifiedField v = verified.get(key);
        Protection typed = p != null && p.isManual() ? new Protection(p.source(), p.actor(), p.at(), null) : null;
        // a verification speaks for the value only while no later change replaced what it saw
        Protection seen = v != null && (p == null || !p.at().isAfter(v.recordedAt()))
                ? new Protection("verified:" + v.element(), v.verifier(), v.recordedAt(), v.describe()) : null;
        if (typed != null && seen != null) {
            return Optional.of(typed.at().isAfter(seen.at()) ? typed : seen);
        }
        return Optional.ofNullable(typed != null ? typed : seen);
    }
}
