package org.creddesk.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule a provider file must satisfy before it can be saved. Field paths name the record and its index
 * ({@code licenses[1].expires}) so the window can put the reason beside the field. Every text field of every
 * record is checked for control characters ({@link CleanText}) and every date for plausibility
 * ({@link PlausibleDates}), whatever the input: the window, the CLI, a roster, sync.
 */
public final class ProviderValidator {
    /** Text that may span lines; every other text field is one line. */
    private static final Set<String> MULTI_LINE = Set.of("gapExplanation");
    private static final int EARLIEST_CLAIM_YEAR = 1900;

    private ProviderValidator() {
    }

    public static List<Problem> validate(ProviderFile f, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Provider p = f.provider();
        required(problems, "lastName", p.lastName(), "Last name");
        required(problems, "firstName", p.firstName(), "First name");
        if (p.npi() != null && !p.npi().isBlank()) {
            Npi.check(p.npi()).ifPresent(x -> problems.add(at("npi", x)));
        } else {
            problems.add(Problem.of("npi", "validation.required", "NPI is required"));
        }
        if (blankToNull(p.groupNpi()) != null) {
            Npi.check(p.groupNpi()).ifPresent(x -> problems.add(at("groupNpi", x)));
        }
        if (blankToNull(p.caqhId()) != null && !p.caqhId().strip().matches("\\d+")) {
            problems.add(Problem.of("caqhId", "validation.caqh.digits", "CAQH id must be digits only"));
        }
        if (blankToNull(p.tin()) != null && !p.tin().strip().matches("\\d{2}-?\\d{7}")) {
            problems.add(Problem.of("tin", "validation.tin.format", "TIN must be 9 digits (12-3456789)"));
        }
        if (p.dateOfBirth() != null && !PlausibleDates.isPlausibleBirthDate(p.dateOfBirth(), today)) {
            problems.add(Problem.of("dateOfBirth", "validation.dob.implausible", "Date of birth is not plausible"));
        }
        textAndDates(problems, "", p, today);
        children(f).forEach((path, rows) -> {
            for (int i = 0; i < rows.size(); i++) {
                textAndDates(problems, path + "[" + i + "].", rows.get(i), today);
            }
        });
        long primaries = f.taxonomies().stream().filter(ProviderTaxonomy::primary).count();
        for (int i = 0; i < f.taxonomies().size(); i++) {
            int n = i;
            TaxonomyCode.check(f.taxonomies().get(i).code())
                    .ifPresent(x -> problems.add(at("taxonomies[" + n + "].code", x)));
        }
        if (!f.taxonomies().isEmpty() && primaries != 1) {
            problems.add(Problem.of("taxonomies", "validation.taxonomy.onePrimary",
                    "Exactly one specialty must be primary"));
        }
        for (int i = 0; i < f.licenses().size(); i++) {
            License l = f.licenses().get(i);
            String path = "licenses[" + i + "]";
            state(problems, path + ".state", l.state());
            required(problems, path + ".number", l.number(), "License number");
            dates(problems, path + ".expires", l.issued(), l.expires());
        }
        for (int i = 0; i < f.registrations().size(); i++) {
            DeaRegistration r = f.registrations().get(i);
            String path = "registrations[" + i + "]";
            if (r.kind() == RegistrationKind.DEA) {
                DeaNumber.check(r.number()).ifPresent(x -> problems.add(at(path + ".number", x)));
            } else {
                required(problems, path + ".number", r.number(), "Certificate number");
            }
            state(problems, path + ".state", r.state());
            dates(problems, path + ".expires", r.issued(), r.expires());
        }
        for (int i = 0; i < f.boardCertifications().size(); i++) {
            BoardCertification b = f.boardCertifications().get(i);
            required(problems, "boardCertifications[" + i + "].board", b.board(), "Board");
            dates(problems, "boardCertifications[" + i + "].expires", b.initialCertified(), b.expires());
        }
        for (int i = 0; i < f.education().size(); i++) {
            Education e = f.education().get(i);
            dates(problems, "education[" + i + "].completed", e.started(), e.completed());
        }
        for (int i = 0; i < f.workHistory().size(); i++) {
            WorkHistory w = f.workHistory().get(i);
            required(problems, "workHistory[" + i + "].employer", w.employer(), "Employer");
            dates(problems, "workHistory[" + i + "].ended", w.started(), w.ended());
        }
        for (int i = 0; i < f.malpracticePolicies().size(); i++) {
            MalpracticePolicy m = f.malpracticePolicies().get(i);
            required(problems, "malpracticePolicies[" + i + "].carrier", m.carrier(), "Carrier");
            dates(problems, "malpracticePolicies[" + i + "].expires", m.effective(), m.expires());
        }
        claims(problems, f, today);
        for (int i = 0; i < f.locations().size(); i++) {
            PracticeLocation l = f.locations().get(i);
            state(problems, "locations[" + i + "].state", l.state());
            if (blankToNull(l.zip()) != null && !l.zip().strip().matches("\\d{5}(-?\\d{4})?")) {
                problems.add(Problem.of("locations[" + i + "].zip", "validation.zip.format",
                        "ZIP must be 5 or 9 digits"));
            }
        }
        for (int i = 0; i < f.medicaidIds().size(); i++) {
            state(problems, "medicaidIds[" + i + "].state", f.medicaidIds().get(i).state());
        }
        for (int i = 0; i < f.documents().size(); i++) {
            Document d = f.documents().get(i);
            dates(problems, "documents[" + i + "].expires", d.issued(), d.expires());
        }
        return problems;
    }

    /** The child lists in the order the file shows them, under the paths the window uses. */
    private static Map<String, List<? extends Record>> children(ProviderFile f) {
        Map<String, List<? extends Record>> m = new java.util.LinkedHashMap<>();
        m.put("otherNames", f.otherNames());
        m.put("taxonomies", f.taxonomies());
        m.put("licenses", f.licenses());
        m.put("registrations", f.registrations());
        m.put("boardCertifications", f.boardCertifications());
        m.put("education", f.education());
        m.put("workHistory", f.workHistory());
        m.put("affiliations", f.affiliations());
        m.put("malpracticePolicies", f.malpracticePolicies());
        m.put("malpracticeClaims", f.malpracticeClaims());
        m.put("locations", f.locations());
        m.put("medicaidIds", f.medicaidIds());
        m.put("documents", f.documents());
        return m;
    }

    /**
     * Control characters in any text field and implausible dates in any date field of one record (the date of
     * birth and a claim's date have their own rules). Read through the record's components so a field added later is checked too.
     */
    private static void textAndDates(List<Problem> problems, String prefix, Record r, LocalDate today) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value = valueOf(c, r);
            String field = prefix + c.getName();
            if (value instanceof String text) {
                String bad = CleanText.refusedCharacter(text)
                        .or(() -> MULTI_LINE.contains(c.getName()) ? Optional.empty() : CleanText.lineBreak(text))
                        .orElse(null);
                if (bad != null) {
                    problems.add(Problem.of(field, "validation.text.control", "Holds a line break or control "
                            + "character (" + bad + "): retype it"));
                }
            } else if (value instanceof LocalDate date && !hasOwnDateRule(r, field, c)
                    && !PlausibleDates.isPlausible(date, today)) {
                problems.add(Problem.of(field, "validation.date.implausible", "Not a plausible date ("
                        + PlausibleDates.problem(date, today).orElse("") + ")"));
            }
        }
    }

    /** A claim needs its date (the 5-year window counts from it), not in the future nor before 1900; no negative amount. */
    private static void claims(List<Problem> problems, ProviderFile f, LocalDate today) {
        for (int i = 0; i < f.malpracticeClaims().size(); i++) {
            MalpracticeClaim c = f.malpracticeClaims().get(i);
            String path = "malpracticeClaims[" + i + "]";
            if (c.claimDate() == null) {
                problems.add(Problem.of(path + ".claimDate", "validation.required", "Claim date is required"));
            } else if (c.claimDate().isAfter(today)) {
                problems.add(Problem.of(path + ".claimDate", "validation.claim.future",
                        "A claim date cannot be in the future"));
            } else if (c.claimDate().getYear() < EARLIEST_CLAIM_YEAR) {
                problems.add(Problem.of(path + ".claimDate", "validation.claim.tooEarly",
                        "A claim date before 1900 is not plausible"));
            }
            if (c.amount() != null && c.amount().signum() < 0) {
                problems.add(Problem.of(path + ".amount", "validation.claim.negativeAmount",
                        "The amount cannot be negative"));
            }
        }
    }

    /** The date of birth and a claim's date have stricter rules of their own; one reason per field is enough. */
    private static boolean hasOwnDateRule(Record r, String field, RecordComponent c) {
        return "dateOfBirth".equals(field) || (r instanceof MalpracticeClaim && "claimDate".equals(c.getName()));
    }

    private static Object valueOf(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private static Problem at(String field, Problem p) {
        return new Problem(field, p.key(), p.message());
    }

    private static void required(List<Problem> problems, String field, String value, String label) {
        if (blankToNull(value) == null) {
            problems.add(Problem.of(field, "validation.required", label + " is required"));
        }
    }

    private static void state(List<Problem> problems, String field, String value) {
        if (blankToNull(value) == null) {
            problems.add(Problem.of(field, "validation.required", "State is required"));
        } else if (!UsStates.isValid(value)) {
            problems.add(Problem.of(field, "validation.state.unknown", "'" + value + "' is not a US state code"));
        }
    }

    /** Expiry (or end) must come after issue (or start). */
    private static void dates(List<Problem> problems, String field, LocalDate from, LocalDate to) {
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(Problem.of(field, "validation.dates.order", "Must be after " + from));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
