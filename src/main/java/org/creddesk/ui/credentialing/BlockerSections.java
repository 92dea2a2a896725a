package org.creddesk.ui.credentialing;

import org.creddesk.domain.ProviderFile;
import org.creddesk.workflow.Blocker;

/** Where in the provider workspace a blocker is dealt with: its credential's list, the checklist, verifications. */
final class BlockerSections {
    private BlockerSections() {
    }

    static String of(Blocker b, ProviderFile f) {
        return switch (b.category()) {
            case EXCLUSION_HIT, VERIFICATION_MISSING, VERIFICATION_STALE -> "providers.section.verifications";
            case OPEN_ITEM -> "providers.section.checklist";
            case MISSING_DOCUMENT -> "providers.section.documents";
            case WORK_HISTORY_GAP -> "providers.section.workHistory";
            case EXPIRED, EXPIRING -> credentialSection(b.sourceId(), f);
        };
    }

    private static String credentialSection(String sourceId, ProviderFile f) {
        if (f == null || sourceId == null) {
            return "providers.section.identifiers";
        }
        if (f.licenses().stream().anyMatch(l -> sourceId.equals(l.id()))) {
            return "providers.section.licenses";
        }
        if (f.registrations().stream().anyMatch(r -> sourceId.equals(r.id()))) {
            return "providers.section.registrations";
        }
        if (f.boardCertifications().stream().anyMatch(x -> sourceId.equals(x.id()))) {
            return "providers.section.boardCertifications";
        }
        if (f.malpracticePolicies().stream().anyMatch(x -> sourceId.equals(x.id()))) {
            return "providers.section.malpracticePolicies";
        }
        if (f.affiliations().stream().anyMatch(x -> sourceId.equals(x.id()))) {
            return "providers.section.affiliations";
        }
        return "providers.section.identifiers"; // CAQH, revalidation, recredentialing: the provider's own dates
    }
}
