package org.creddesk.domain.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Primary-source verification freshness: a verification counts for a decision when it is at most N days old on
 * the decision date (N = 120; 180 for decisions before the 2025-07-01 cutover; 90 under a CVO certification
 * program). Exactly N days old still counts. A verification dated after the decision does not count for it.
 */
public final class PsvFreshness {
    private final DeadlineSettings settings;

    public PsvFreshness(DeadlineSettings settings) {
        this.settings = settings;
    }

    public int maxAgeDays(LocalDate decisionDate, CredentialingProgram program) {
        if (program == CredentialingProgram.CVO_CERTIFICATION) {
            return settings.psvCvoCertificationDays();
        }
        return decisionDate.isBefore(settings.psvCutover()) ? settings.psvDaysBeforeCutover() : settings.psvDays();
    }

    public boolean isFresh(LocalDate verifiedOn, LocalDate decisionDate, CredentialingProgram program) {
        if (verifiedOn.isAfter(decisionDate)) {
            return false;
        }
        return ChronoUnit.DAYS.between(verifiedOn, decisionDate) <= maxAgeDays(decisionDate, program);
    }

    public PsvCheck check(PsvRequirement requirement, Collection<Verification> verifications, LocalDate decisionDate,
                          CredentialingProgram program) {
        int maxAge = maxAgeDays(decisionDate, program);
        Verification newest = verifications.stream()
                .filter(requirement::isMetBy)
                .filter(v -> v.verifiedOn() != null && !v.verifiedOn().isAfter(decisionDate))
                .max(Comparator.comparing(Verification::verifiedOn))
                .orElse(null);
        if (newest == null) {
            return new PsvCheck(requirement, null, decisionDate, maxAge, -1, PsvCheck.State.MISSING);
        }
        long age = ChronoUnit.DAYS.between(newest.verifiedOn(), decisionDate);
        return new PsvCheck(requirement, newest, decisionDate, maxAge, age,
                age <= maxAge ? PsvCheck.State.FRESH : PsvCheck.State.STALE);
    }

    public List<PsvCheck> checkAll(Collection<PsvRequirement> requirements, Collection<Verification> verifications,
                                   LocalDate decisionDate, CredentialingProgram program) {
        return requirements.stream().map(r -> check(r, verifications, decisionDate, program)).toList();
    }
}
