package org.creddesk.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes a mapping for a layout: every column is scored against every field by its header words
 * ({@link HeaderScorer}) and its first values ({@link ValueEvidence}); then the best pairs are taken first, each
 * column one field and each field one column. Equal scores go to the column whose values fit better, then (for
 * the parts of an address) to the column nearest the practice address, then to the leftmost.
 */
public final class ColumnMatcher {
    private static final Set<RosterField> LOCATION = EnumSet.of(RosterField.PRACTICE_ADDRESS,
            RosterField.PRACTICE_CITY, RosterField.PRACTICE_STATE, RosterField.PRACTICE_ZIP,
            RosterField.PRACTICE_PHONE, RosterField.PRACTICE_FAX);

    private ColumnMatcher() {
    }

    private record Candidate(int column, RosterField field, double score, double valueShare, List<String> words) {
    }

    /** Proposes fields for {@code headers}, using the data rows under them ({@code samples}) as evidence. */
    public static MappingProposal propose(List<String> headers, List<SheetRow> samples, LocalDate today) {
        List<ValueEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            List<String> values = new ArrayList<>();
            for (SheetRow r : samples) {
                values.add(r.cell(i));
            }
            evidence.add(ValueEvidence.of(values, today));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            candidates.addAll(candidates(i, headers.get(i), evidence.get(i)));
        }
        int addressColumn = candidates.stream().filter(c -> c.field() == RosterField.PRACTICE_ADDRESS)
                .max(Comparator.comparingDouble(Candidate::score)).map(Candidate::column).orElse(-1);
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -Math.round(c.score() * 100) / 100.0)
                .thenComparingDouble(c -> -c.valueShare())
                .thenComparingInt(c -> LOCATION.contains(c.field()) && addressColumn >= 0
                        ? Math.abs(c.column() - addressColumn) : 0)
                .thenComparingInt(Candidate::column));
        Map<Integer, Candidate> byColumn = new HashMap<>();
        Set<RosterField> taken = EnumSet.noneOf(RosterField.class);
        for (Candidate c : candidates) {
            if (!byColumn.containsKey(c.column()) && !taken.contains(c.field())) {
                byColumn.put(c.column(), c);
                taken.add(c.field());
            }
        }
        List<MappingProposal.Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            Candidate c = byColumn.get(i);
            ValueEvidence ev = evidence.get(i);
            List<String> shown = ev.samples().subList(0, Math.min(3, ev.samples().size()));
            if (c == null) {
                columns.add(new MappingProposal.Column(i, headers.get(i), null, 0, false,
                        HeaderScorer.words(headers.get(i)).words(), shown, ""));
            } else {
                String note = ValueEvidence.checkable(c.field().kind()) ? ev.describe(c.field().kind()) : "";
                columns.add(new MappingProposal.Column(i, headers.get(i), c.field(), c.score(),
                        c.score() >= HeaderScorer.CONFIDENT, c.words(), shown, note));
            }
        }
        return new MappingProposal(columns);
    }

    /** A column's fields above the threshold, header score corrected by what the values say. */
    private static List<Candidate> candidates(int column, String header, ValueEvidence ev) {
        List<Candidate> result = new ArrayList<>();
        Set<RosterField> named = EnumSet.noneOf(RosterField.class);
        for (HeaderScorer.Match m : HeaderScorer.score(header)) {
            FieldKind kind = m.field().kind();
            double share = ev.share(kind);
            double score = m.score();
            if (ev.enough() && ValueEvidence.checkable(kind)) {
                if (share >= 0.8) {
                    score += 0.1;
                } else if (share < 0.3) {
                    // the values say otherwise: only a header that names the field outright still holds
                    score -= 0.25;
                }
            } else if (ev.enough() && kind == FieldKind.NAME && ev.share(FieldKind.DIGITS) >= 0.8) {
                score -= 0.25;
            }
            if (score >= HeaderScorer.THRESHOLD) {
                result.add(new Candidate(column, m.field(), score, share, m.words()));
                named.add(m.field());
            }
        }
        // values alone: ten digits passing the NPI check, taxonomy codes and DEA numbers are rarely anything else
        for (RosterField f : List.of(RosterField.NPI, RosterField.GROUP_NPI, RosterField.TAXONOMY,
                RosterField.DEA_NUMBER)) {
            double share = ev.share(f.kind());
            if (!named.contains(f) && ValueEvidence.distinctive(f.kind()) && share >= 0.9) {
                double score = f == RosterField.GROUP_NPI ? 0.62 : 0.65;
                result.add(new Candidate(column, f, score, share, List.of()));
            }
        }
        return result;
    }
}
