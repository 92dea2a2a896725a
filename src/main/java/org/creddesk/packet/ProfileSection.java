package org.creddesk.packet;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.creddesk.domain.Affiliation;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.Education;
import org.creddesk.domain.License;
import org.creddesk.domain.ClaimsHistory;
import org.creddesk.domain.MalpracticeClaim;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.ShownDates;
import org.creddesk.domain.WorkHistory;

/** The provider profile summary: identifiers and every credential, in the order reviewers read them. */
final class ProfileSection {
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy", Locale.US);

    private ProfileSection() {
    }

    static void write(PageComposer c, String title, ProviderFile f, LocalDate today, ProfileFacts facts)
            throws IOException {
        Provider p = f.provider();
        c.newPage();
        c.title(title + ": " + fullName(p));
        c.heading("Identifiers");
        c.row("Legal name", fullName(p));
        c.row("Degree", p.degree());
        c.row("Date of birth", date(p.dateOfBirth()));
        c.row("NPI", p.npi());
        c.row("CAQH ProView id", p.caqhId());
        c.row("Medicare PTAN", p.medicarePtan());
        c.row("Group NPI / TIN", join(p.groupNpi(), p.tin()));
        c.row("Medicaid ids", f.medicaidIds().stream().map(m -> m.state() + " " + m.number())
                .collect(Collectors.joining("; ")));
        c.row("Specialties", f.taxonomies().stream().map(t -> specialty(t, facts))
                .collect(Collectors.joining("; ")));
        c.row("Other names", f.otherNames().stream().map(o -> o.kind() + ": " + o.lastName() + ", " + o.firstName())
                .collect(Collectors.joining("; ")));
        c.row("Contact", join(p.email(), p.phone()));
        c.heading("State licenses");
        for (License l : f.licenses()) {
            c.row(l.state() + " " + nz(l.type()), l.number() + "  issued " + date(l.issued()) + ", expires "
                    + date(l.expires()) + "  " + nz(l.status()));
        }
        c.heading("DEA and CDS registrations");
        for (DeaRegistration r : f.registrations()) {
            c.row(r.kind() + " " + nz(r.state()), r.number() + "  schedules " + nz(r.schedules()) + ", expires "
                    + date(r.expires()));
        }
        c.heading("Board certifications");
        for (BoardCertification b : f.boardCertifications()) {
            c.row(nz(b.specialty()), nz(b.board()) + "  certified " + date(b.initialCertified()) + ", expires "
                    + date(b.expires()) + "  " + nz(b.status()));
        }
        c.heading("Education and training");
        for (Education e : f.education()) {
            c.row(nz(e.kind()), join(e.institution(), e.degree(), e.program()) + "  " + date(e.started()) + " - "
                    + date(e.completed()));
        }
        c.heading("Work history");
        for (WorkHistory w : f.workHistory()) {
            c.row(month(w.started()) + " - " + (w.ended() == null ? "present" : month(w.ended())),
                    join(w.employer(), w.position(), join(w.city(), w.state()))
                            + (w.gapExplanation() == null || w.gapExplanation().isBlank() ? "" : "  (gap: " + w.gapExplanation() + ")"));
        }
        c.heading("Hospital affiliations");
        for (Affiliation a : f.affiliations()) {
            c.row(nz(a.status()), nz(a.facility()) + "  appointed " + date(a.appointed()) + ", last reappointed "
                    + date(a.lastReappointed()));
        }
        c.heading("Professional liability insurance");
        for (MalpracticePolicy m : f.malpracticePolicies()) {
            c.row(nz(m.carrier()), "Policy " + nz(m.policyNumber()) + "  limits " + nz(m.perClaimLimit()) + " / "
                    + nz(m.aggregateLimit()) + "  " + date(m.effective()) + " - " + date(m.expires()));
        }
        claims(c, f, today, facts.claimsHistoryYears());
        c.heading("Practice locations");
        for (PracticeLocation l : f.locations()) {
            c.row(nz(l.name()) + (l.primary() ? " (primary)" : ""), join(l.address(), l.city(), nz(l.state()) + " "
                    + nz(l.zip())) + "  phone " + nz(l.phone()) + (l.fax() == null ? "" : ", fax " + l.fax())
                    + (l.acceptingNewPatients() ? ", accepting new patients" : ""));
        }
    }

    /** "207R00000X Internal Medicine Physician (primary)": the code set's words, else what was typed with the code. */
    private static String specialty(ProviderTaxonomy t, ProfileFacts facts) {
        String description = facts.taxonomyDescriptions().getOrDefault(t.code(), t.description());
        return t.code() + (description == null || description.isBlank() ? "" : " " + description)
                + (t.primary() ? " (primary)" : "");
    }

    /** The claims of the claims-history window, newest first; older claims are counted, not listed. */
    private static void claims(PageComposer c, ProviderFile f, LocalDate today, int years) throws IOException {
        List<MalpracticeClaim> shown = ClaimsHistory.inWindow(f.malpracticeClaims(), today, years);
        c.heading("Malpractice claims, last " + years + " years (since "
                + ShownDates.format(ClaimsHistory.windowStart(today, years)) + ")");
        if (shown.isEmpty()) {
            c.row("Claims", "None on file");
        }
        for (MalpracticeClaim claim : shown) {
            c.row(date(claim.claimDate()), ClaimsHistory.details(claim));
        }
        long older = ClaimsHistory.olderThanWindow(f.malpracticeClaims(), today, years);
        if (older > 0) {
            c.row("Older", older + (older == 1 ? " claim" : " claims") + " before the window, not listed");
        }
    }

    static String fullName(Provider p) {
        return join(nz(p.firstName()) + (p.middleName() == null || p.middleName().isBlank() ? "" : " " + p.middleName())
                + " " + nz(p.lastName()) + (p.suffix() == null || p.suffix().isBlank() ? "" : " " + p.suffix()), p.degree());
    }

    static String date(LocalDate d) {
        return d == null ? "-" : ShownDates.format(d);
    }

    private static String month(LocalDate d) {
        return d == null ? "-" : d.format(MONTH);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String s : parts) {
            if (s != null && !s.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(s.strip());
            }
        }
        return sb.toString();
    }
}
