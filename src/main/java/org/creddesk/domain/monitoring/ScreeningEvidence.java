package org.creddesk.domain.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.creddesk.domain.workflow.Verification;
import org.creddesk.domain.workflow.VerificationElement;
import org.creddesk.domain.workflow.VerificationMethod;

/**
 * A screening as the sanctions/exclusions primary-source verification (ADR 0013): the lists consulted (file,
 * download day, rows, hash) are its source, the screening day its date, the screener its verifier.
 */
public final class ScreeningEvidence {
    private ScreeningEvidence() {
    }

    /** "OIG LEIE UPDATED.csv downloaded 2026-11-20 (81234 rows, sha256 ab12cd34ef56ab78…); SAM …". */
    public static String source(List<ListVersion> versions) {
        if (versions.isEmpty()) {
            return "no exclusion list imported";
        }
        return versions.stream().map(v -> listName(v.source()) + " " + v.fileName() + " downloaded " + v.downloadedOn()
                + " (" + v.rowCount() + " rows, sha256 " + abbreviated(v.sha256()) + ")")
                .collect(Collectors.joining("; "));
    }

    public static String listName(ListSource source) {
        return source == ListSource.LEIE ? "OIG LEIE" : "SAM.gov exclusions";
    }

    private static String abbreviated(String sha256) {
        return sha256 == null || sha256.length() <= 16 ? String.valueOf(sha256) : sha256.substring(0, 16) + "…";
    }

    /** What the screening saw, for a result that counts as a verification (the statuses of its hits). */
    public static String valueSeen(ScreeningResult result, List<HitStatus> statuses) {
        if (result == ScreeningResult.CLEAR) {
            return "No match on the exclusion lists";
        }
        long reinstated = statuses.stream().filter(s -> s == HitStatus.REINSTATED).count();
        long falsePositives = statuses.size() - reinstated;
        List<String> parts = new java.util.ArrayList<>();
        if (falsePositives > 0 && reinstated == 0) {
            parts.add(falsePositives == 1 ? "1 possible match, reviewed as a false positive"
                    : falsePositives + " possible matches, all reviewed as false positives");
        } else if (falsePositives > 0) {
            parts.add(falsePositives == 1 ? "1 possible match reviewed as a false positive"
                    : falsePositives + " possible matches reviewed as false positives");
        }
        if (reinstated > 0) {
            parts.add(reinstated == 1 ? "1 match reviewed as an exclusion that has ended (reinstated)"
                    : reinstated + " matches reviewed as exclusions that have ended (reinstated)");
        }
        return String.join("; ", parts);
    }

    /** What a reviewer's clearing of the last open hit saw. */
    public static String clearedOnReview(ScreeningHit hit, HitDecision decision) {
        String how = decision.disposition() == Disposition.REINSTATED
                ? "reviewed as an exclusion that has ended (reinstated)" : "reviewed as a false positive";
        return "Match on " + listName(hit.source()) + " row '" + hit.listRow().displayName() + "' " + how + " by "
                + decision.actor() + ": " + decision.note();
    }

    public static Verification verification(String id, String providerId, String source, LocalDate on,
                                            String verifier, String valueSeen) {
        return new Verification(id, providerId, VerificationElement.SANCTIONS, null, source,
                VerificationMethod.ALERT_SERVICE, on, verifier, null, valueSeen);
    }
}
