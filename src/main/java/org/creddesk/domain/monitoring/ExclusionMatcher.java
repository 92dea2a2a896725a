package org.creddesk.domain.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.monitoring.ScreeningSubject.PersonName;

/**
 * Screens providers against the exclusion rows in force, held in memory and indexed by NPI, by normalized last
 * name (individuals) and by the first word of the business name (businesses), so each provider costs a few
 * hash lookups. Pure: no I/O, no clock; the caller says which day the exclusions must be in force.
 *
 * <p>Rules (DOMAIN.md): NPI on the row = definite; last + first name (nicknames count) and exact date of birth =
 * probable; last + first name or initial with no date of birth to compare = possible, wherever the row's state is
 * (providers move): a row in one of the provider's states ranks above one listed elsewhere or with no state, but
 * neither is dropped (issue 11). Dates of birth that differ rule a name out. Businesses are compared with the
 * provider's group NPI and practice names only, in the provider's states (a practice name is not a person's).
 */
public final class ExclusionMatcher {
    private final Map<String, List<ExclusionRecord>> byNpi = new HashMap<>();
    private final Map<String, List<Person>> byLastName = new HashMap<>();
    private final Map<String, List<Business>> byBusinessWord = new HashMap<>();
    private int size;

    private record Person(ExclusionRecord row, String first, String formalFirst) {
    }

    private record Business(ExclusionRecord row, String key, boolean truncated) {
    }

    public ExclusionMatcher(Collection<ExclusionRecord> rows, LocalDate inForceOn) {
        for (ExclusionRecord r : rows) {
            if (!r.activeOn(inForceOn)) {
                continue;
            }
            size++;
            if (r.npi() != null) {
                byNpi.computeIfAbsent(r.npi(), k -> new ArrayList<>(1)).add(r);
            }
            if (r.business()) {
                String key = BusinessNames.key(r.businessName());
                if (!key.isEmpty()) {
                    boolean truncated = r.source() == ListSource.LEIE
                            && r.businessName().length() >= BusinessNames.LEIE_BUSNAME_LENGTH;
                    byBusinessWord.computeIfAbsent(BusinessNames.firstWord(key), k -> new ArrayList<>(1))
                            .add(new Business(r, key, truncated));
                }
            } else {
                String last = NameNormalizer.lastNameKey(r.lastName());
                if (!last.isEmpty()) {
                    String first = NameNormalizer.firstNameKey(r.firstName());
                    byLastName.computeIfAbsent(last, k -> new ArrayList<>(2))
                            .add(new Person(r, first, Nicknames.formal(first)));
                }
            }
        }
    }

    /** How many rows are in force and screened against. */
    public int size() {
        return size;
    }

    /** Every row that may be about this provider, strongest evidence per row, best ranked first (stable). */
    public List<ExclusionMatch> screen(ScreeningSubject s) {
        Map<ExclusionRecord, ExclusionMatch> found = new LinkedHashMap<>();
        if (s.npi() != null) {
            for (ExclusionRecord r : byNpi.getOrDefault(s.npi(), List.of())) {
                keep(found, s, r, MatchStrength.DEFINITE, false, List.of("NPI " + s.npi() + " is on the list row"));
            }
        }
        if (s.groupNpi() != null) {
            for (ExclusionRecord r : byNpi.getOrDefault(s.groupNpi(), List.of())) {
                keep(found, s, r, MatchStrength.DEFINITE, false,
                        List.of("group NPI " + s.groupNpi() + " is on the list row"));
            }
        }
        for (PersonName name : s.names()) {
            String label = "legal".equals(name.kind()) ? null
                    : "matches other name (" + name.kind() + ") " + name.lastName() + ", " + name.firstName();
            comparePerson(found, s, name.lastName(), name.firstName(), label, false, false);
            comparePerson(found, s, name.firstName(), name.lastName(), label, true, false);
            for (String part : NameNormalizer.compoundParts(name.lastName())) {
                comparePerson(found, s, part, name.firstName(), label, false, true);
            }
        }
        for (String org : s.organizationNames()) {
            compareBusiness(found, s, org);
        }
        List<ExclusionMatch> result = new ArrayList<>(found.values());
        result.sort(java.util.Comparator.comparingInt(ExclusionMatch::rank));
        return result;
    }

    private void comparePerson(Map<ExclusionRecord, ExclusionMatch> found, ScreeningSubject s, String lastName,
                               String firstName, String otherNameLabel, boolean swapped, boolean compoundPart) {
        String last = NameNormalizer.lastNameKey(lastName);
        String first = NameNormalizer.firstNameKey(firstName);
        if (last.isEmpty() || first.isEmpty()) {
            return;
        }
        List<Person> candidates = byLastName.get(last);
        if (candidates == null) {
            return;
        }
        String formalFirst = Nicknames.formal(first);
        for (Person p : candidates) {
            FirstName how = compareFirst(first, formalFirst, p);
            if (how == FirstName.DIFFERENT) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("last name " + last + " matches" + (compoundPart ? " part of the compound last name" : ""));
            reasons.add(how.reason(p.first));
            if (swapped) {
                reasons.add("first and last names are swapped");
            }
            if (otherNameLabel != null) {
                reasons.add(otherNameLabel);
            }
            MatchStrength strength;
            boolean elsewhere = false;
            LocalDate listDob = p.row.dateOfBirth();
            if (listDob != null && s.dateOfBirth() != null) {
                if (!listDob.equals(s.dateOfBirth())) {
                    continue;
                }
                reasons.add("date of birth " + listDob + " matches");
                strength = how == FirstName.INITIAL || compoundPart ? MatchStrength.POSSIBLE : MatchStrength.PROBABLE;
            } else {
                // A name alone stays possible wherever the row is: providers move, and a row listed in another
                // state (or with none) is ranked lower, never dropped.
                String state = p.row.state();
                strength = MatchStrength.POSSIBLE;
                if (state != null && s.states().contains(state)) {
                    reasons.add("same state " + state + ", no date of birth to compare");
                } else {
                    elsewhere = true;
                    reasons.add((state == null ? "the list row has no state"
                            : "listed in " + state + ", not in the provider's states" + statesOf(s))
                            + ", no date of birth to compare");
                }
            }
            if (p.row.npi() != null && s.npi() != null && !p.row.npi().equals(s.npi())) {
                reasons.add("the list row's NPI " + p.row.npi() + " is not the provider's");
            }
            keep(found, s, p.row, strength, elsewhere, reasons);
        }
    }

    private enum FirstName {
        SAME, NICKNAME, INITIAL, DIFFERENT;

        String reason(String listFirst) {
            return switch (this) {
                case SAME -> "first name " + listFirst + " matches";
                case NICKNAME -> "first name " + listFirst + " is a nickname of the same name";
                case INITIAL -> "first initial " + listFirst.charAt(0) + " matches";
                case DIFFERENT -> "first name differs";
            };
        }
    }

    private static FirstName compareFirst(String first, String formalFirst, Person p) {
        if (p.first.isEmpty()) {
            return FirstName.DIFFERENT;
        }
        if (p.first.equals(first)) {
            return FirstName.SAME;
        }
        if (p.formalFirst.equals(formalFirst)) {
            return FirstName.NICKNAME;
        }
        if ((p.first.length() == 1 || first.length() == 1) && p.first.charAt(0) == first.charAt(0)) {
            return FirstName.INITIAL;
        }
        return FirstName.DIFFERENT;
    }

    private void compareBusiness(Map<ExclusionRecord, ExclusionMatch> found, ScreeningSubject s, String orgName) {
        String key = BusinessNames.key(orgName);
        if (key.isEmpty()) {
            return;
        }
        for (Business b : byBusinessWord.getOrDefault(BusinessNames.firstWord(key), List.of())) {
            boolean same = b.key.equals(key);
            boolean cut = !same && b.truncated && key.startsWith(b.key);
            if (!same && !cut) {
                continue;
            }
            String state = b.row.state();
            if (state != null && !s.states().contains(state)) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("practice name '" + orgName + "' matches the listed business"
                    + (cut ? " (the list cuts names at 30 characters)" : ""));
            reasons.add(state == null ? "the list row has no state" : "same state " + state);
            keep(found, s, b.row, MatchStrength.POSSIBLE, false, reasons);
        }
    }

    private static String statesOf(ScreeningSubject s) {
        return s.states().isEmpty() ? " (none on file)" : " (" + String.join(", ", new java.util.TreeSet<>(s.states())) + ")";
    }

    private static void keep(Map<ExclusionRecord, ExclusionMatch> found, ScreeningSubject s, ExclusionRecord row,
                             MatchStrength strength, boolean elsewhere, List<String> reasons) {
        ExclusionMatch match = new ExclusionMatch(s.providerId(), row, strength, elsewhere, reasons);
        ExclusionMatch old = found.get(row);
        if (old == null || match.rank() < old.rank()) {
            found.put(row, match);
        }
    }
}
