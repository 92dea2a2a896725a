package org.creddesk.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How well a header's words name a field, from 0 to 1. A field is named by phrases (its wordings, as words);
 * a header scores by how much of a phrase it holds and how little else it says. Some words are neutral for a
 * field ("date" for a date field, "line 1" for an address), some speak against it ("mailing" for the practice
 * address, "state" for a license number, "2" for anything but a ZIP).
 */
final class HeaderScorer {
    /** Below this, a header does not name the field. */
    static final double THRESHOLD = 0.6;
    /** From this on, a mapping needs no person to check it. */
    static final double CONFIDENT = 0.8;

    private static final Set<String> NEUTRAL = Set.of("code", "number", "1", "text", "value", "field", "info",
            "information", "abbreviation");
    private static final Set<String> DATE_WORDS = Set.of("date", "expiration", "effective", "termination", "issue",
            "birth", "start", "end", "updated", "year", "begin");
    private static final Set<String> ADDRESS_CONTEXT = Set.of("practice", "location", "service", "business", "office",
            "physical", "site", "address", "street", "line", "first", "town", "main", "clinic");
    private static final Set<String> ADDRESS_AGAINST = Set.of("mailing", "mail", "billing", "remit", "pay",
            "correspondence", "home", "other", "second", "secondary", "alternate", "previous", "former", "birth",
            "license", "dea", "suppression", "marker", "county", "country", "province", "fip", "latitude",
            "longitude", "plus", "4", "suite", "entity", "hospital", "affiliation");
    private static final Set<String> PERSON_AGAINST = Set.of("other", "former", "previous", "maiden", "alias",
            "authorized", "official", "contact", "submitter", "signer", "business", "bus", "organization",
            "facility", "parent", "supervising", "referring", "ordering", "attending");
    private static final Map<RosterField, Profile> PROFILES = new EnumMap<>(RosterField.class);
    private static final Map<String, HeaderWords.Words> WORDS = new ConcurrentHashMap<>();

    static {
        for (RosterField f : RosterField.values()) {
            PROFILES.put(f, profile(f));
        }
    }

    private HeaderScorer() {
    }

    /** One field's reading of a header: its score and the header words that matched. */
    record Match(RosterField field, double score, List<String> words) {
    }

    static HeaderWords.Words words(String header) {
        return WORDS.computeIfAbsent(header == null ? "" : header, HeaderWords::of);
    }

    /** The score of every field for a header (fields that score 0 are left out). */
    static List<Match> score(String header) {
        HeaderWords.Words w = words(header);
        List<Match> result = new ArrayList<>();
        if (w.isEmpty()) {
            return result;
        }
        for (RosterField f : RosterField.values()) {
            Match m = score(w, PROFILES.get(f), f);
            if (m.score() > 0) {
                result.add(m);
            }
        }
        return result;
    }

    /** The best field for a header alone, when it reaches the threshold. */
    static Match best(String header) {
        Match best = null;
        for (Match m : score(header)) {
            if (m.score() >= THRESHOLD && (best == null || m.score() > best.score())) {
                best = m;
            }
        }
        return best;
    }

    private static Match score(HeaderWords.Words header, Profile p, RosterField field) {
        Set<String> words = header.set();
        String head = head(header.words());
        double best = 0;
        List<String> bestWords = List.of();
        for (Phrase phrase : p.phrases()) {
            List<String> matchedWords = new ArrayList<>();
            for (String w : header.words()) {
                if (phrase.words().contains(w) && !matchedWords.contains(w)) {
                    matchedWords.add(w);
                }
            }
            if (matchedWords.isEmpty()) {
                continue;
            }
            int other = 0;
            boolean against = false;
            for (String w : words) {
                if (phrase.words().contains(w) || NEUTRAL.contains(w) || p.context().contains(w)) {
                    continue;
                }
                other++;
                against |= p.against().contains(w);
            }
            int matched = matchedWords.size();
            double ofPhrase = (double) matched / phrase.words().size();
            double ofHeader = (double) matched / (matched + other);
            double s = ofPhrase * ofPhrase * (0.6 + 0.4 * ofHeader);
            if (against) {
                s *= 0.4;
            }
            // word order: "License Number State Code" is a state, "State License Number" a number
            if (phrase.head().equals(head)) {
                s += 0.05;
            }
            if (s > best) {
                best = s;
                bestWords = matchedWords;
            }
        }
        return new Match(field, best, bestWords);
    }

    /** The last word that carries meaning: the noun the header is about. */
    private static String head(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (!NEUTRAL.contains(w) && !w.matches("\\d+") && !"date".equals(w)) {
                return w;
            }
        }
        return "";
    }

    /** A wording of a field as words, and its last meaningful word. */
    private record Phrase(Set<String> words, String head) {
    }

    /** A field's phrases, neutral words and words against it. */
    private record Profile(List<Phrase> phrases, Set<String> context, Set<String> against) {
    }

    private static Profile profile(RosterField f) {
        boolean identifier = switch (f) {
            case NPI, GROUP_NPI, CAQH_ID, TIN, DEA_NUMBER, LICENSE_NUMBER -> true;
            default -> false;
        };
        List<Phrase> phrases = new ArrayList<>();
        for (String s : f.synonyms()) {
            List<String> ordered = new ArrayList<>(HeaderWords.of(s).words());
            ordered.removeAll(NEUTRAL);
            if (f.kind() == FieldKind.DATE) {
                ordered.remove("date");
            }
            if (identifier && ordered.size() > 1) {
                ordered.remove("id");
            }
            Phrase phrase = new Phrase(new HashSet<>(ordered), head(ordered));
            if (!ordered.isEmpty() && phrases.stream().noneMatch(x -> x.words().equals(phrase.words()))) {
                phrases.add(phrase);
            }
        }
        Set<String> context = new HashSet<>();
        Set<String> against = new HashSet<>();
        if (f.kind() == FieldKind.DATE) {
            context.add("date");
            against.addAll(List.of("year", "optout", "opt", "out", "deactivation", "reactivation", "enumeration",
                    "updated", "update", "last", "status", "revalidation", "due", "file", "hire"));
        } else {
            against.addAll(DATE_WORDS);
        }
        if (f.kind() != FieldKind.STATE && !f.key().toLowerCase().contains("state")) {
            against.add("state");
        }
        if (f != RosterField.PRACTICE_ZIP) {
            against.addAll(List.of("2", "3", "4", "5", "6", "7", "8", "9"));
        }
        switch (f) {
            case NPI, GROUP_NPI, CAQH_ID, TIN, DEA_NUMBER, LICENSE_NUMBER -> context.addAll(List.of("id", "type"));
            default -> {
                // names and places have no identifier words
            }
        }
        switch (f) {
            case NPI -> against.addAll(List.of("group", "organization", "billing", "replacement", "multiple",
                    "flag", "referring", "ordering", "supervising", "attending", "facility", "parent", "entity",
                    "other", "2"));
            case GROUP_NPI -> context.addAll(List.of("practice", "location"));
            case LAST_NAME, FIRST_NAME, MIDDLE_NAME, SUFFIX -> {
                against.addAll(PERSON_AGAINST);
                context.add("name");
                if (f == RosterField.LAST_NAME) {
                    // CMS files write "Last_Org_Name": the last name, or the organization's for an organization
                    against.remove("organization");
                }
            }
            case ACCEPTING_NEW_PATIENTS -> against.addAll(List.of("medicaid", "medicare", "private", "referral",
                    "payor", "payer", "change", "existing"));
            case DEGREE -> against.addAll(List.of("school", "medical", "verification"));
            case TIN -> against.addAll(List.of("parent", "npi", "ssn"));
            case TAXONOMY -> {
                context.addAll(List.of("specialty", "healthcare", "nucc"));
                against.addAll(List.of("switch", "group", "description", "desc", "name", "license"));
            }
            case LICENSE_STATE, LICENSE_NUMBER, LICENSE_ISSUED, LICENSE_EXPIRES -> {
                context.addAll(List.of("medical", "professional"));
                against.addAll(List.of("dea", "driver", "business", "class", "type", "status", "plate"));
            }
            case DEA_NUMBER, DEA_EXPIRES -> context.addAll(List.of("license", "registration", "certificate"));
            case BOARD, BOARD_EXPIRES -> against.addAll(List.of("status", "eligible", "eligibility", "medical"));
            case PRACTICE_ADDRESS -> {
                context.addAll(ADDRESS_CONTEXT);
                against.addAll(ADDRESS_AGAINST);
                against.addAll(List.of("city", "state", "zip", "phone", "fax", "name", "type", "email", "id"));
            }
            case PRACTICE_CITY, PRACTICE_STATE, PRACTICE_ZIP, PRACTICE_PHONE, PRACTICE_FAX -> {
                context.addAll(ADDRESS_CONTEXT);
                context.add("name");
                against.addAll(ADDRESS_AGAINST);
                against.removeAll(List.of("4", "province"));
                against.addAll(List.of("cell", "mobile", "pager", "ext", "extension", "after", "hours"));
                if (f != RosterField.PRACTICE_PHONE) {
                    against.add("fax");
                }
                if (f == RosterField.PRACTICE_ZIP) {
                    against.add("4");
                }
                if (f == RosterField.PRACTICE_PHONE) {
                    against.add("fax");
                }
            }
            case EFFECTIVE_DATE, TERMINATION_DATE -> context.addAll(List.of("network", "participation",
                    "contract", "roster", "enrollment", "status"));
            default -> {
                // the phrases say enough
            }
        }
        against.removeIf(w -> phrases.stream().anyMatch(p -> p.words().contains(w)));
        return new Profile(phrases, context, against);
    }
}
