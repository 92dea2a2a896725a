package org.creddesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PsvFreshnessTest {
    final PsvFreshness freshness = new PsvFreshness(DeadlineSettings.defaults());
    static final CredentialingProgram STD = CredentialingProgram.ACCREDITATION;

    @Test
    void exactly120DaysOldIsFresh121IsStale() {
        LocalDate decision = LocalDate.of(2026, 3, 1);
        assertThat(freshness.isFresh(decision.minusDays(120), decision, STD)).isTrue();
        assertThat(freshness.isFresh(decision.minusDays(121), decision, STD)).isFalse();
        assertThat(freshness.isFresh(decision, decision, STD)).isTrue();
    }

    @Test
    void decisionsBeforeJuly2025Allow180Days() {
        LocalDate before = LocalDate.of(2025, 6, 30);
        LocalDate cutover = LocalDate.of(2025, 7, 1);
        assertThat(freshness.maxAgeDays(before, STD)).isEqualTo(180);
        assertThat(freshness.maxAgeDays(cutover, STD)).isEqualTo(120);
        assertThat(freshness.isFresh(before.minusDays(180), before, STD)).isTrue();
        assertThat(freshness.isFresh(before.minusDays(181), before, STD)).isFalse();
        assertThat(freshness.isFresh(cutover.minusDays(150), cutover, STD)).isFalse();
    }

    @Test
    void aCvoCertificationProgramAllows90Days() {
        LocalDate decision = LocalDate.of(2026, 3, 1);
        CredentialingProgram cvo = CredentialingProgram.CVO_CERTIFICATION;
        assertThat(freshness.isFresh(decision.minusDays(90), decision, cvo)).isTrue();
        assertThat(freshness.isFresh(decision.minusDays(91), decision, cvo)).isFalse();
    }

    @Test
    void freshnessAcrossALeapDayCountsCalendarDays() {
        LocalDate decision = LocalDate.of(2028, 6, 28);
        assertThat(decision.minusDays(120)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(freshness.isFresh(LocalDate.of(2028, 2, 29), decision, STD)).isTrue();
        assertThat(freshness.isFresh(LocalDate.of(2028, 2, 28), decision, STD)).isFalse();
    }

    @Test
    void aVerificationAfterTheDecisionDoesNotCountAndTheNewestEarlierOneIsUsed() {
        LocalDate decision = LocalDate.of(2026, 3, 1);
        PsvRequirement req = new PsvRequirement(VerificationElement.LICENSE, "l1", "MA license 1");
        Verification later = verification("v-late", "l1", decision.plusDays(1));
        Verification stale = verification("v-old", "l1", decision.minusDays(200));
        Verification otherLicense = verification("v-other", "l2", decision.minusDays(1));
        PsvCheck check = freshness.check(req, List.of(later, stale, otherLicense), decision, STD);
        assertThat(check.state()).isEqualTo(PsvCheck.State.STALE);
        assertThat(check.verification().id()).isEqualTo("v-old");
        assertThat(check.reason()).isEqualTo(
                "MA license 1 was verified 08/13/2025, 200 days before 03/01/2026; at most 120 days are allowed");
        PsvCheck missing = freshness.check(req, List.of(later), decision, STD);
        assertThat(missing.state()).isEqualTo(PsvCheck.State.MISSING);
        assertThat(missing.reason()).isEqualTo("MA license 1 has no primary-source verification on or before 03/01/2026");
    }

    static Verification verification(String id, String credentialId, LocalDate on) {
        return new Verification(id, "p1", VerificationElement.LICENSE, credentialId, "MA board",
                VerificationMethod.WEB, on, "jlee", null, "Active");
    }
}
