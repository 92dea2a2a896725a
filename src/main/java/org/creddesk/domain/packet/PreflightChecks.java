package org.creddesk.domain.packet;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creddesk.domain.BoardCertification;
import org.creddesk.domain.DeaNumber;
import org.creddesk.domain.DeaRegistration;
import org.creddesk.domain.License;
import org.creddesk.domain.MalpracticePolicy;
import org.creddesk.domain.Npi;
import org.creddesk.domain.OtherName;
import org.creddesk.domain.ProviderFile;
import org.creddesk.domain.RegistrationKind;
import org.creddesk.domain.monitoring.HitStatus;
import org.creddesk.domain.monitoring.ScreeningEvidence;
import org.creddesk.domain.monitoring.ScreeningHit;
import org.creddesk.domain.packet.PreflightIssue.Check;

/**
 * What to look at before a packet goes out. Names are compared where the file records them: an other name whose
 * kind says where it appears ("As on license", "As on NPI record", "As on malpractice") must match the legal name.
 */
public final class PreflightChecks {
    private PreflightChecks() {
    }

    public static List<PreflightIssue> run(ProviderFile file, PacketTemplate template, Recipient recipient,
                                           LocalDate today, List<MappedValue> mapped) {
        List<PreflightIssue> issues = new ArrayList<>();
        identifiers(file, issues);
        for (String type : template.requiredDocumentTypes()) {
            if (DocumentChooser.latestUnexpired(file.documents(), type, today).isEmpty()) {
                issues.add(new PreflightIssue(Check.MISSING_DOCUMENT, type,
                        "No current '" + type + "' document is on file.",
                        "Attach a current '" + type + "' on the provider's Documents tab, or remove it from the template."));
            }
        }
        expiries(file, recipient, today, issues);
        names(file, issues);
        for (MappedValue v : mapped) {
            if (!v.toggle() && !v.rendering().complete()) {
                issues.add(new PreflightIssue(Check.EMPTY_FIELD, v.form() + " / " + v.field(),
                        "Form field '" + v.field() + "' is mapped to " + String.join(", ", v.rendering().emptyPlaceholders())
                                + ", which is empty for this provider.",
                        "Fill in that data in the provider file, or change the mapping of the field."));
            }
        }
        return List.copyOf(issues);
    }

    /**
     * An exclusion-screening hit that waits for review or was confirmed (issue 15): a packet for a provider who may
     * be excluded must not go out unnoticed. One issue per hit, the confirmed ones first.
     */
    public static List<PreflightIssue> exclusions(List<ScreeningHit> holding) {
        List<PreflightIssue> issues = new ArrayList<>();
        for (ScreeningHit h : holding) {
            if (h.status() == HitStatus.CONFIRMED) {
                issues.add(new PreflightIssue(Check.EXCLUSION_HIT, "Exclusion screening", "A reviewer confirmed "
                        + "that the provider is on the " + listRow(h) + ".",
                        "Do not send: an excluded provider cannot be enrolled. If the exclusion has ended, record the "
                                + "reinstatement in the exclusion review queue."));
            }
        }
        for (ScreeningHit h : holding) {
            if (h.status() != HitStatus.CONFIRMED) {
                issues.add(new PreflightIssue(Check.EXCLUSION_HIT, "Exclusion screening", "An exclusion-screening "
                        + "hit waits for review: " + h.strength().label() + " match on the " + listRow(h) + ".",
                        "Review the hit in the exclusion review queue (creddesk screen hits) before sending."));
            }
        }
        return List.copyOf(issues);
    }

    private static String listRow(ScreeningHit h) {
        return ScreeningEvidence.listName(h.source()) + " row '" + h.listRow().displayName() + "'"
                + (h.listRow().exclusionDate() == null ? ""
                : " (excluded " + org.creddesk.domain.ShownDates.format(h.listRow().exclusionDate()) + ")");
    }

    private static void identifiers(ProviderFile file, List<PreflightIssue> issues) {
        Npi.check(file.provider().npi()).ifPresent(p -> issues.add(new PreflightIssue(Check.INVALID_NPI, "NPI",
                "NPI '" + nullToEmpty(file.provider().npi()) + "': " + p.message() + ".",
                "Correct the NPI in the provider profile (check it against the NPI registry).")));
        for (DeaRegistration r : file.registrations()) {
            if (r.kind() == RegistrationKind.DEA) {
                DeaNumber.check(r.number()).ifPresent(p -> issues.add(new PreflightIssue(Check.INVALID_DEA,
                        "DEA " + nullToEmpty(r.state()), "DEA number '" + nullToEmpty(r.number()) + "': " + p.message() + ".",
                        "Correct the DEA number from the DEA certificate.")));
            }
        }
    }

    private static void expiries(ProviderFile file, Recipient recipient, LocalDate today, List<PreflightIssue> issues) {
        LocalDate windowEnd = today.plusDays(recipient.processingWindowDays());
        for (License l : file.licenses()) {
            expiry("License " + nullToEmpty(l.state()) + " " + nullToEmpty(l.number()), l.expires(), today, windowEnd,
                    recipient, issues);
        }
        for (DeaRegistration r : file.registrations()) {
            expiry(r.kind() + " " + nullToEmpty(r.state()) + " " + nullToEmpty(r.number()), r.expires(), today,
                    windowEnd, recipient, issues);
        }
        for (BoardCertification b : file.boardCertifications()) {
            expiry("Board certification " + nullToEmpty(b.specialty()), b.expires(), today, windowEnd, recipient, issues);
        }
        for (MalpracticePolicy m : file.malpracticePolicies()) {
            expiry("Malpractice policy " + nullToEmpty(m.policyNumber()), m.expires(), today, windowEnd, recipient, issues);
        }
    }

    private static void expiry(String subject, LocalDate expires, LocalDate today, LocalDate windowEnd,
                               Recipient recipient, List<PreflightIssue> issues) {
        if (expires == null) {
            return;
        }
        if (expires.isBefore(today)) {
            issues.add(new PreflightIssue(Check.EXPIRED, subject.strip(), subject.strip() + " expired on "
                    + org.creddesk.domain.ShownDates.format(expires) + ".",
                    "Record the renewal (new expiry date and document) before sending."));
        } else if (!expires.isAfter(windowEnd)) {
            issues.add(new PreflightIssue(Check.EXPIRES_IN_WINDOW, subject.strip(), subject.strip() + " expires on "
                    + org.creddesk.domain.ShownDates.format(expires) + ", within the " + recipient.processingWindowDays() + "-day processing window of "
                    + (recipient.name().isEmpty() ? "the recipient" : recipient.name()) + ".",
                    "Renew it first, or send the renewal as soon as it arrives and note it in the cover letter."));
        }
    }

    private static void names(ProviderFile file, List<PreflightIssue> issues) {
        String legal = normalized(file.provider().lastName(), file.provider().firstName());
        for (OtherName o : file.otherNames()) {
            String source = source(o.kind());
            if (source == null) {
                continue;
            }
            String there = normalized(o.lastName(), o.firstName());
            if (!there.equals(legal)) {
                issues.add(new PreflightIssue(Check.NAME_MISMATCH, source,
                        "The name on the " + source + " (" + nullToEmpty(o.lastName()) + ", " + nullToEmpty(o.firstName())
                                + ") differs from the legal name (" + nullToEmpty(file.provider().lastName()) + ", "
                                + nullToEmpty(file.provider().firstName()) + ").",
                        "Have the " + source + " corrected, or attach a name-change document and explain it in the cover letter."));
            }
        }
    }

    private static String source(String kind) {
        String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        if (k.contains("license")) {
            return "license";
        }
        if (k.contains("npi") || k.contains("nppes")) {
            return "NPI record";
        }
        if (k.contains("malpractice")) {
            return "malpractice certificate";
        }
        return null;
    }

    /** Case and spacing do not make a different name; accents do (Müller and Muller are different on a form). */
    private static String normalized(String last, String first) {
        String s = nullToEmpty(last) + "|" + nullToEmpty(first);
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
