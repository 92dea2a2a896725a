package org.creddesk.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.creddesk.domain.Affiliation;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.ClaimStatus;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.Education;
import org.creddesk.domain.Ids;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticeClaim;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.MedicaidId;
import org.creddesk.domain.OtherName;
import org.creddesk.domain.PracticeLocation;
import org.creddesk.domain.Provider;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.ProviderStatus;
import org.creddesk.domain.ProviderTaxonomy;
import org.creddesk.domain.RegistrationKind;
import org.creddesk.domain.WorkHistory;

/** Turns one sample provider of providers.json into a provider file; "+N"/"-N" dates count from today. */
final class SampleProviderReader {
    private final LocalDate today;
    private final Clock clock;

    SampleProviderReader(LocalDate today, Clock clock) {
        this.today = today;
        this.clock = clock;
    }

    String newId() {
        return Ids.newId(clock);
    }

    /** A document to attach: which bundled file, its type, and the credential it belongs to. */
    record DocumentSpec(String file, String type, String credentialId, LocalDate issued, LocalDate expires) {
    }

    ProviderFile read(JsonNode n) {
        String id = newId();
        Provider p = new Provider(id, text(n, "firstName"), text(n, "middleName"), text(n, "lastName"), null,
                text(n, "degree"), date(n, "dateOfBirth"), text(n, "gender"), text(n, "languages"), text(n, "email"),
                text(n, "phone"), text(n, "npi"), text(n, "caqhId"), date(n, "caqhAttestedOn"), text(n, "medicarePtan"),
                text(n, "groupNpi"), text(n, "tin"), null, text(n, "coordinator"), date(n, "caqhAttestedOn"),
                ProviderStatus.ACTIVE);
        return ProviderFile.of(p)
                .withTaxonomies(list(n, "taxonomies", t -> new ProviderTaxonomy(newId(), id, text(t, "code"),
                        text(t, "description"), t.path("primary").asBoolean())))
                .withLicenses(list(n, "licenses", l -> new License(newId(), id, text(l, "state"), text(l, "type"),
                        text(l, "number"), date(l, "issued"), date(l, "expires"), text(l, "status"))))
                .withRegistrations(list(n, "registrations", r -> new DeaRegistration(newId(), id,
                        RegistrationKind.valueOf(text(r, "kind")), text(r, "number"), text(r, "state"),
                        text(r, "schedules"), date(r, "issued"), date(r, "expires"))))
                .withBoardCertifications(list(n, "boards", b -> new BoardCertification(newId(), id, text(b, "board"),
                        text(b, "specialty"), date(b, "initialCertified"), date(b, "expires"), text(b, "status"))))
                .withEducation(list(n, "education", e -> new Education(newId(), id, text(e, "kind"),
                        text(e, "institution"), text(e, "degree"), text(e, "program"), date(e, "started"),
                        date(e, "completed"))))
                .withWorkHistory(list(n, "work", w -> new WorkHistory(newId(), id, text(w, "employer"),
                        text(w, "position"), text(w, "city"), text(w, "state"), date(w, "started"), date(w, "ended"),
                        text(w, "gapExplanation"))))
                .withAffiliations(list(n, "affiliations", a -> new Affiliation(newId(), id, text(a, "facility"),
                        text(a, "status"), date(a, "appointed"), date(a, "lastReappointed"),
                        a.path("reappointmentMonths").asInt(24))))
                .withMalpracticePolicies(list(n, "malpractice", m -> new MalpracticePolicy(newId(), id,
                        text(m, "carrier"), text(m, "policyNumber"), text(m, "perClaimLimit"),
                        text(m, "aggregateLimit"), date(m, "effective"), date(m, "expires"))))
                .withMalpracticeClaims(list(n, "claims", c -> new MalpracticeClaim(newId(), id, date(c, "claimDate"),
                        ClaimStatus.valueOf(text(c, "status")), amount(c, "amount"), text(c, "description"),
                        text(c, "carrier"), text(c, "policyNumber"))))
                .withLocations(list(n, "locations", l -> new PracticeLocation(newId(), id, text(l, "name"),
                        text(l, "address"), text(l, "city"), text(l, "state"), text(l, "zip"), text(l, "phone"),
                        text(l, "fax"), text(l, "hours"), l.path("acceptingNewPatients").asBoolean(),
                        l.path("primary").asBoolean())))
                .withOtherNames(list(n, "otherNames", o -> new OtherName(newId(), id, text(o, "kind"),
                        text(o, "lastName"), text(o, "firstName"), null, null, null)))
                .withMedicaidIds(list(n, "medicaidIds", m -> new MedicaidId(newId(), id, text(m, "state"),
                        text(m, "number"))));
    }

    /** The documents of a sample provider, linked to the credential named by "licenses[0]" and the like. */
    List<DocumentSpec> documents(JsonNode n, ProviderFile f) {
        List<DocumentSpec> result = new ArrayList<>();
        for (JsonNode d : n.path("documents")) {
            String ref = text(d, "credential");
            String credentialId = null;
            LocalDate issued = null;
            LocalDate expires = null;
            if (ref != null && ref.startsWith("licenses") && !f.licenses().isEmpty()) {
                credentialId = f.licenses().get(0).id();
                issued = f.licenses().get(0).issued();
                expires = f.licenses().get(0).expires();
            } else if (ref != null && ref.startsWith("malpractice") && !f.malpracticePolicies().isEmpty()) {
                credentialId = f.malpracticePolicies().get(0).id();
                issued = f.malpracticePolicies().get(0).effective();
                expires = f.malpracticePolicies().get(0).expires();
            } else if (ref != null && ref.startsWith("boards") && !f.boardCertifications().isEmpty()) {
                credentialId = f.boardCertifications().get(0).id();
                issued = f.boardCertifications().get(0).initialCertified();
                expires = f.boardCertifications().get(0).expires();
            } else if (ref != null && ref.startsWith("registrations") && !f.registrations().isEmpty()) {
                credentialId = f.registrations().get(0).id();
                issued = f.registrations().get(0).issued();
                expires = f.registrations().get(0).expires();
            }
            result.add(new DocumentSpec(text(d, "file"), text(d, "type"), credentialId, issued, expires));
        }
        return result;
    }

    private static <T> List<T> list(JsonNode n, String field, Function<JsonNode, T> mapper) {
        List<T> result = new ArrayList<>();
        for (JsonNode item : n.path(field)) {
            result.add(mapper.apply(item));
        }
        return result;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static BigDecimal amount(JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? null : new BigDecimal(s);
    }

    private LocalDate date(JsonNode n, String field) {
        String s = text(n, field);
        if (s == null) {
            return null;
        }
        if (s.matches("[+-]\\d+")) {
            return today.plusDays(Long.parseLong(s));
        }
        return LocalDate.parse(s);
    }
}
