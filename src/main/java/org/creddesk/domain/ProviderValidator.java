package org.creddesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule a provider file must satisfy before it can be saved. Field paths name the record and its index
 * ({@code licenses[1].expires}) so the window can put the reason beside the field.
 */
public final class ProviderValidator {
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
        if (p.dateOfBirth() != null && (p.dateOfBirth().isAfter(today.minusYears(16))
                || p.dateOfBirth().isBefore(today.minusYears(110)))) {
            problems.add(Problem.of("dateOfBirth", "validation.dob.implausible", "Date of birth is not plausible"));
        }
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
