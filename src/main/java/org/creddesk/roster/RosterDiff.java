package org.creddesk.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creddesk.domain.ChangeContext;
import org.creddesk.domain.Provenance;
import org.creddesk.domain.ProviderFile;
import org.creddesk.store.RosterMember;

/**
 * Compares a roster row with the stored provider file field by field, and decides which differences are
 * conflicts: the current value was edited by hand ({@code manual}) or verified ({@code verified...}) after the
 * last import of this source, so the roster may not overwrite it silently.
 */
public final class RosterDiff {
    private final ProviderMapper mapper;
    private final Instant lastImportOfSource;
    private final LocalDate today;

    public RosterDiff(ProviderMapper mapper, Instant lastImportOfSource, LocalDate today) {
        this.mapper = mapper;
        this.lastImportOfSource = lastImportOfSource;
        this.today = today;
    }

    /** A row beside what is stored: {@code existing} null for a new provider. */
    public record Comparison(RosterRow row, ProviderFile existing, List<FieldDiff> changes) {
    }

    public Comparison compare(RosterRow row, ProviderFile existing, RosterMember member) {
        List<FieldDiff> changes = new ArrayList<>();
        for (Map.Entry<RosterField, String> e : row.values().entrySet()) {
            RosterField field = e.getKey();
            if (field == RosterField.ACTION || field == RosterField.TERMINATION_DATE) {
                continue;
            }
            String current = existing == null ? null : field.isMembership() ? membership(member, field)
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

    /** The provenance that makes a difference a conflict, if any. */
    public Optional<Provenance> protectingProvenance(ProviderFile f, RosterRow row, RosterField field,
                                                     Map<String, Provenance> provenance) {
        return mapper.target(f, row, field)
                .map(t -> provenance.get(t.entityId() + "." + t.field()))
                .filter(RosterDiff::isProtected)
                .filter(p -> lastImportOfSource == null || p.at().isAfter(lastImportOfSource));
    }

    static boolean isProtected(Provenance p) {
        return ChangeContext.MANUAL.equals(p.source()) || (p.source() != null && p.source().startsWith("verified"));
    }
}
