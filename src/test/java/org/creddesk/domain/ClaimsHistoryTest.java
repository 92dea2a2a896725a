package org.creddesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claims-history window and the rules a claim must satisfy, at their boundaries. */
class ClaimsHistoryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static MalpracticeClaim claim(LocalDate on, BigDecimal amount) {
        return new MalpracticeClaim("c-" + on, "p", on, ClaimStatus.CLOSED_PAID, amount, "Dosing error", "Coverys",
                "PL-9");
    }

    @Test
    void theWindowHoldsTheLastFiveYearsToTheDayAndNothingLater() {
        assertThat(ClaimsHistory.windowStart(TODAY, 5)).isEqualTo(LocalDate.of(2021, 3, 10));
        assertThat(ClaimsHistory.inWindow(claim(LocalDate.of(2021, 3, 10), null), TODAY, 5)).as("first day").isTrue();
        assertThat(ClaimsHistory.inWindow(claim(LocalDate.of(2021, 3, 9), null), TODAY, 5)).as("day before").isFalse();
        assertThat(ClaimsHistory.inWindow(claim(TODAY, null), TODAY, 5)).as("today").isTrue();
        assertThat(ClaimsHistory.inWindow(claim(TODAY.plusDays(1), null), TODAY, 5)).as("tomorrow").isFalse();
        assertThat(ClaimsHistory.inWindow(claim(LocalDate.of(2023, 3, 9), null), TODAY, 3)).as("a 3-year setting")
                .isFalse();
    }

    @Test
    void claimsInTheWindowComeNewestFirstAndOlderOnesAreCounted() {
        List<MalpracticeClaim> claims = List.of(claim(LocalDate.of(2022, 1, 5), null),
                claim(LocalDate.of(2019, 6, 1), null), claim(LocalDate.of(2025, 8, 20), null));
        assertThat(ClaimsHistory.inWindow(claims, TODAY, 5)).extracting(MalpracticeClaim::claimDate)
                .containsExactly(LocalDate.of(2025, 8, 20), LocalDate.of(2022, 1, 5));
        assertThat(ClaimsHistory.olderThanWindow(claims, TODAY, 5)).isEqualTo(1);
    }

    @Test
    void aClaimReadsAsOneLine() {
        assertThat(ClaimsHistory.describe(claim(LocalDate.of(2024, 3, 14), new BigDecimal("150000.5"))))
                .isEqualTo("03/14/2024 Closed, paid, $150,000.50, Coverys policy PL-9: Dosing error");
    }

    @Test
    void aClaimDateInTheFutureOrBefore1900IsRefusedAndTheAmountIsNeverNegative() {
        assertThat(problems(claim(TODAY, BigDecimal.ZERO))).isEmpty();
        assertThat(problems(claim(LocalDate.of(1900, 1, 1), null))).isEmpty();
        assertThat(problems(claim(TODAY.plusDays(1), null))).containsExactly(
                "malpracticeClaims[0].claimDate validation.claim.future");
        assertThat(problems(claim(LocalDate.of(1899, 12, 31), null))).containsExactly(
                "malpracticeClaims[0].claimDate validation.claim.tooEarly");
        assertThat(problems(claim(null, null))).containsExactly("malpracticeClaims[0].claimDate validation.required");
        assertThat(problems(claim(TODAY, new BigDecimal("-0.01")))).containsExactly(
                "malpracticeClaims[0].amount validation.claim.negativeAmount");
    }

    private static List<String> problems(MalpracticeClaim c) {
        Provider p = new Provider("p", "Ada", null, "Quill", null, "MD", null, null, null, null, null, "1234567893",
                null, null, null, null, null, null, null, null, ProviderStatus.ACTIVE);
        return ProviderValidator.validate(ProviderFile.of(p).withMalpracticeClaims(List.of(c)), TODAY).stream()
                .map(x -> x.field() + " " + x.key()).toList();
    }
}
