package org.creddesk.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creddesk.domain.AuditEntry;
import org.creddesk.domain.ClaimsHistory;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderSummary;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.TaxonomyDescriptions;

/** The JSON shapes of the CLI contract (field names are part of it: scripts depend on them). */
final class ProviderJson {
    private ProviderJson() {
    }

    static Map<String, Object> summary(ProviderSummary s, TaxonomyDescriptions codes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("npi", s.npi());
        m.put("lastName", s.lastName());
        m.put("firstName", s.firstName());
        m.put("degree", s.degree());
        m.put("primaryTaxonomy", s.primaryTaxonomy());
        m.put("primaryTaxonomyDescription", s.primaryTaxonomy() == null ? null : codes.shown(s.primaryTaxonomy(), null));
        m.put("state", s.state());
        m.put("caqhId", s.caqhId());
        m.put("status", s.status().name().toLowerCase());
        m.put("nextExpiry", s.nextExpiry());
        return m;
    }

    /**
     * A whole provider file; each malpractice claim says whether the claims-history review of {@code today} covers
     * it (the last {@code claimsYears} years), and "claimsHistorySince" is that window's first day.
     */
    static Map<String, Object> file(ProviderFile f, LocalDate today, int claimsYears) {
        Provider p = f.provider();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("npi", p.npi());
        m.put("lastName", p.lastName());
        m.put("firstName", p.firstName());
        m.put("middleName", p.middleName());
        m.put("suffix", p.suffix());
        m.put("degree", p.degree());
        m.put("dateOfBirth", p.dateOfBirth());
        m.put("gender", p.gender());
        m.put("languages", p.languages());
        m.put("email", p.email());
        m.put("phone", p.phone());
        m.put("caqhId", p.caqhId());
        m.put("caqhAttestedOn", p.caqhAttestedOn());
        m.put("medicarePtan", p.medicarePtan());
        m.put("groupNpi", p.groupNpi());
        m.put("tin", p.tin());
        m.put("coordinator", p.coordinator());
        m.put("status", p.status().name().toLowerCase());
        List<ProviderTaxonomy> tax = f.taxonomies().stream()
                .sorted((a, b) -> Boolean.compare(b.primary(), a.primary())).toList();
        m.put("taxonomies", tax.stream().map(ProviderTaxonomy::code).toList());
        m.put("otherNames", f.otherNames().stream().map(n -> of("kind", n.kind(), "lastName", n.lastName(),
                "firstName", n.firstName())).toList());
        m.put("licenses", f.licenses().stream().map(l -> of("id", l.id(), "state", l.state(), "number", l.number(),
                "type", l.type(), "issued", l.issued(), "expires", l.expires(), "status", l.status())).toList());
        m.put("deaRegistrations", f.registrations().stream().map(r -> of("id", r.id(), "kind", r.kind().name(),
                "number", r.number(), "state", r.state(), "schedules", r.schedules(), "issued", r.issued(),
                "expires", r.expires())).toList());
        m.put("boardCertifications", f.boardCertifications().stream().map(b -> of("id", b.id(), "board", b.board(),
                "specialty", b.specialty(), "initialCertified", b.initialCertified(), "expires", b.expires(),
                "status", b.status())).toList());
        m.put("education", f.education().stream().map(e -> of("kind", e.kind(), "institution", e.institution(),
                "degree", e.degree(), "program", e.program(), "started", e.started(), "completed", e.completed())).toList());
        m.put("workHistory", f.workHistory().stream().map(w -> of("employer", w.employer(), "position", w.position(),
                "started", w.started(), "ended", w.ended(), "gapExplanation", w.gapExplanation())).toList());
        m.put("affiliations", f.affiliations().stream().map(a -> of("facility", a.facility(), "status", a.status(),
                "appointed", a.appointed(), "lastReappointed", a.lastReappointed(),
                "reappointmentMonths", a.reappointmentMonths())).toList());
        m.put("malpracticePolicies", f.malpracticePolicies().stream().map(x -> of("id", x.id(), "carrier", x.carrier(),
                "policyNumber", x.policyNumber(), "perClaimLimit", x.perClaimLimit(),
                "aggregateLimit", x.aggregateLimit(), "effective", x.effective(), "expires", x.expires())).toList());
        m.put("malpracticeClaims", f.malpracticeClaims().stream().map(c -> of("id", c.id(),
                "claimDate", c.claimDate(), "status", c.status() == null ? null : c.status().name().toLowerCase(),
                "amount", c.amount(), "description", c.description(), "carrier", c.carrier(),
                "policyNumber", c.policyNumber(),
                "inHistoryWindow", ClaimsHistory.inWindow(c, today, claimsYears))).toList());
        m.put("claimsHistorySince", ClaimsHistory.windowStart(today, claimsYears));
        m.put("locations", f.locations().stream().map(l -> of("name", l.name(), "address", l.address(),
                "city", l.city(), "state", l.state(), "zip", l.zip(), "phone", l.phone(), "fax", l.fax(),
                "acceptingNewPatients", l.acceptingNewPatients(), "primary", l.primary())).toList());
        m.put("medicaidIds", f.medicaidIds().stream().map(x -> of("state", x.state(), "number", x.number())).toList());
        m.put("documents", f.documents().stream().map(d -> of("id", d.id(), "type", d.type(), "fileName", d.fileName(),
                "mediaType", d.mediaType(), "sha256", d.sha256(), "size", d.size(), "credentialId", d.credentialId(),
                "issued", d.issued(), "expires", d.expires())).toList());
        return m;
    }

    /**
     * Adds "taxonomyDescription" (the primary code's, from the NUCC code set in force, else as typed) and
     * "taxonomyDetails" (each code with its description, whether primary, and whether the code set lists it; null
     * when no code set was imported), and "warnings" for codes the code set does not list.
     */
    static void taxonomyDescriptions(Map<String, Object> m, ProviderFile f, TaxonomyDescriptions codes) {
        List<ProviderTaxonomy> tax = f.taxonomies().stream()
                .sorted((a, b) -> Boolean.compare(b.primary(), a.primary())).toList();
        m.put("taxonomyDescription", tax.isEmpty() ? null : blankToNull(codes.shown(tax.get(0).code(),
                tax.get(0).description())));
        m.put("taxonomyCodeSetVersion", codes.version());
        m.put("taxonomyDetails", tax.stream().map(t -> of("code", t.code(),
                "description", blankToNull(codes.shown(t.code(), t.description())), "primary", t.primary(),
                "inCodeSet", codes.imported() ? (Object) codes.of(t.code()).isPresent() : null)).toList());
        m.put("warnings", tax.stream().flatMap(t -> codes.warning(t.code()).stream())
                .map(w -> "taxonomy " + w).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Map<String, Object> audit(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("operationId", e.operationId());
        m.put("at", e.at().toString());
        m.put("actor", e.actor());
        m.put("device", e.device());
        m.put("source", e.source());
        m.put("entity", e.entity());
        m.put("entityId", e.entityId());
        m.put("action", e.action().name().toLowerCase());
        m.put("changes", e.changes().stream().map(c -> of("field", c.field(), "old", c.oldValue(), "new", c.newValue())).toList());
        return m;
    }

    /** An ordered map that keeps nulls (unlike Map.of). */
    static Map<String, Object> of(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
