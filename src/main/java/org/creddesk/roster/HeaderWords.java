package org.creddesk.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.creddesk.domain.UsStates;

/**
 * A header cell as the words it means: "Rndrng_Prvdr_Lic_Exp_Dt" is rendering provider license expiration date,
 * "LASTNAME" is last name, "OH License" is a (state) license. Words that name who the roster is about (Provider,
 * Practitioner, Rendering, Primary, Individual) are dropped: they tell nothing about the field.
 */
final class HeaderWords {
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Shorthand seen in payer rosters and public data files, to the word it stands for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("prov", "provider"), Map.entry("prvdr", "provider"), Map.entry("provdr", "provider"),
            Map.entry("rndrng", "rendering"), Map.entry("rend", "rendering"), Map.entry("prscrbr", "prescriber"),
            Map.entry("prac", "practice"), Map.entry("pract", "practice"), Map.entry("prctc", "practice"),
            Map.entry("lic", "license"), Map.entry("licence", "license"), Map.entry("lisc", "license"),
            Map.entry("exp", "expiration"), Map.entry("expr", "expiration"), Map.entry("expir", "expiration"),
            Map.entry("expiry", "expiration"), Map.entry("expires", "expiration"), Map.entry("expiring", "expiration"),
            Map.entry("expire", "expiration"), Map.entry("expiration", "expiration"), Map.entry("expdate", "expiration"),
            Map.entry("eff", "effective"), Map.entry("effect", "effective"), Map.entry("efctv", "effective"),
            Map.entry("addr", "address"), Map.entry("adr", "address"), Map.entry("adrs", "address"),
            Map.entry("add", "address"), Map.entry("adress", "address"), Map.entry("ln", "line"),
            Map.entry("spec", "specialty"), Map.entry("spclty", "specialty"), Map.entry("speciality", "specialty"),
            Map.entry("grp", "group"), Map.entry("no", "number"), Map.entry("nbr", "number"), Map.entry("num", "number"),
            Map.entry("numbr", "number"), Map.entry("nmbr", "number"), Map.entry("nm", "name"),
            Map.entry("lst", "last"), Map.entry("frst", "first"), Map.entry("fst", "first"), Map.entry("mid", "middle"),
            Map.entry("mdl", "middle"), Map.entry("middl", "middle"), Map.entry("suff", "suffix"),
            Map.entry("sfx", "suffix"), Map.entry("gndr", "gender"), Map.entry("sex", "gender"),
            Map.entry("cred", "credential"), Map.entry("crdntls", "credential"), Map.entry("creds", "credential"),
            Map.entry("ph", "phone"), Map.entry("phn", "phone"), Map.entry("tel", "phone"),
            Map.entry("telephone", "phone"), Map.entry("tele", "phone"), Map.entry("cty", "city"),
            Map.entry("st", "state"), Map.entry("zipcode", "zip"), Map.entry("postal", "zip"), Map.entry("dt", "date"),
            Map.entry("cd", "code"), Map.entry("taxon", "taxonomy"), Map.entry("txnmy", "taxonomy"),
            Map.entry("pts", "patient"), Map.entry("pt", "patient"), Map.entry("accpt", "accepting"),
            Map.entry("acpt", "accepting"), Map.entry("accept", "accepting"), Map.entry("accepts", "accepting"),
            Map.entry("brd", "board"), Map.entry("cert", "certification"), Map.entry("certified", "certification"),
            Map.entry("certs", "certification"), Map.entry("org", "organization"), Map.entry("orgn", "organization"),
            Map.entry("indv", "individual"), Map.entry("indiv", "individual"), Map.entry("ind", "individual"),
            Map.entry("svc", "service"), Map.entry("srvc", "service"), Map.entry("loc", "location"),
            Map.entry("eml", "email"), Map.entry("mail", "mail"), Map.entry("ent", "entity"), Map.entry("yr", "year"),
            Map.entry("term", "termination"), Map.entry("termed", "termination"), Map.entry("termination", "termination"),
            Map.entry("trm", "termination"), Map.entry("iss", "issue"), Map.entry("issued", "issue"),
            Map.entry("lang", "language"), Map.entry("langs", "language"), Map.entry("ste", "suite"),
            Map.entry("reg", "registration"), Map.entry("regis", "registration"), Map.entry("abrvtn", "abbreviation"),
            Map.entry("abbr", "abbreviation"), Map.entry("identifier", "id"), Map.entry("identification", "id"),
            Map.entry("fein", "ein"), Map.entry("dob", "birth"), Map.entry("birthdate", "birth"),
            Map.entry("surname", "surname"), Map.entry("lname", "lname"), Map.entry("fname", "fname"),
            Map.entry("mname", "mname"), Map.entry("mi", "mi"), Map.entry("enroll", "enrollment"),
            Map.entry("enrlmt", "enrollment"), Map.entry("enrl", "enrollment"), Map.entry("begin", "start"),
            Map.entry("beg", "start"), Map.entry("strt", "start"), Map.entry("fac", "facility"),
            Map.entry("cntry", "country"), Map.entry("flg", "flag"));

    /** Words that say whose data it is, or join other words, but not which field. */
    private static final Set<String> FILLER = Set.of("provider", "practitioner", "rendering", "primary", "individual",
            "of", "the", "for", "if", "applicable", "and", "or", "a", "an", "in", "to", "legal", "text", "covered",
            "recipient", "physician", "clinician", "professional", "prescriber", "doctor", "s", "e", "please",
            "enter", "required", "optional", "current", "healthcare", "health", "care", "this", "is", "with");

    /** Two-letter uppercase tokens that are words or shorthand before they are states. */
    private static final Set<String> NOT_STATES = Set.of("ID", "IN", "OR", "ME", "OK", "HI", "MI", "ST", "NO", "DE",
            "CO", "PA", "MD", "DO", "NP", "LA", "NE", "AS", "AL", "MA");

    private static final Set<String> VOCABULARY = new HashSet<>();

    static {
        VOCABULARY.addAll(ABBREVIATIONS.keySet());
        VOCABULARY.addAll(ABBREVIATIONS.values());
        VOCABULARY.addAll(List.of("name", "last", "first", "middle", "date", "state", "city", "zip", "code",
                "number", "id", "type", "business", "bus", "busi", "gender", "npi", "dea", "tin", "phone", "fax",
                "email", "address", "street", "line", "birth", "license", "expiration", "effective", "termination",
                "excl", "rein", "waiver", "upin", "general", "specialty", "taxonomy", "group", "board", "degree",
                "caqh", "action", "start", "end", "issue", "country", "county", "title", "suffix", "prefix"));
    }

    private HeaderWords() {
    }

    /** A header's words, lower case, shorthand expanded, filler dropped, "#" and "No." read as number. */
    static Words of(String header) {
        List<String> words = new ArrayList<>();
        boolean stateNamed = false;
        if (header == null) {
            return new Words(List.of(), false);
        }
        String s = header.replace("#", " number ").replaceAll("(?i)\\bno\\.", " number ")
                .replaceAll("(?i)\\be-mail", "email");
        for (String part : NOT_WORD.split(s)) {
            for (String camel : CAMEL.split(part)) {
                for (String raw : LETTER_DIGIT.split(camel)) {
                    if (raw.isEmpty()) {
                        continue;
                    }
                    if (raw.length() == 2 && raw.equals(raw.toUpperCase(Locale.ROOT)) && !NOT_STATES.contains(raw)
                            && UsStates.isValid(raw)) {
                        stateNamed = true;
                        continue;
                    }
                    for (String w : split(raw.toLowerCase(Locale.ROOT))) {
                        words.add(w);
                    }
                }
            }
        }
        return new Words(read(words, stateNamed), stateNamed);
    }

    /** A compound written as one word ("LASTNAME", "excldate") in two known words, else the word itself. */
    private static List<String> split(String token) {
        if (VOCABULARY.contains(token) || token.length() < 6) {
            return List.of(token);
        }
        for (int i = 2; i <= token.length() - 2; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            if (VOCABULARY.contains(left) && VOCABULARY.contains(right)) {
                return List.of(left, right);
            }
        }
        return List.of(token);
    }

    private static List<String> read(List<String> tokens, boolean stateNamed) {
        List<String> out = new ArrayList<>();
        boolean specialty = tokens.contains("spec") || tokens.contains("specialty") || tokens.contains("spclty");
        boolean dea = tokens.contains("dea");
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            switch (t) {
                // "St1" is street line 1, "ST" alone the state
                case "st" -> out.add(next.matches("\\d+") ? "street" : "state");
                case "dob" -> out.addAll(List.of("birth", "date"));
                case "lname" -> out.addAll(List.of("last", "name"));
                case "fname" -> out.addAll(List.of("first", "name"));
                case "mname", "mi" -> out.addAll(List.of("middle", "name"));
                case "surname" -> out.addAll(List.of("last", "name"));
                case "tax" -> out.add(specialty ? "taxonomy" : "tax");
                case "e" -> {
                    if ("mail".equals(next)) {
                        out.add("email");
                        i++;
                    }
                }
                default -> {
                    String w = stem(ABBREVIATIONS.getOrDefault(t, t));
                    if (!FILLER.contains(w) && !w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
        }
        // "OH License", "TX Exp": a state named before a credential word is that state's license
        if (stateNamed && !dea && !out.contains("state") && !out.contains("license")
                && (out.contains("expiration") || out.contains("number") || out.contains("issue"))) {
            out.add("license");
        }
        return out;
    }

    /** Plural to singular, enough for header words: "Taxonomies", "Languages", "Patients". */
    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The words of a header, and whether it named a state ("OH License"). */
    record Words(List<String> words, boolean stateNamed) {
        Set<String> set() {
            return new HashSet<>(words);
        }

        boolean isEmpty() {
            return words.isEmpty();
        }
    }
}
