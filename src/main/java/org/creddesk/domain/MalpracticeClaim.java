package org.creddesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One professional liability claim in the provider's claims history: when it was made, where it stands, what was
 * paid (or reserved; kept exact, never a floating-point number) and what it was about. Carrier and policy number are
 * text, not a link to a {@link MalpracticePolicy}: the history spans years and carriers no longer on file.
 */
public record MalpracticeClaim(String id, String providerId, LocalDate claimDate, ClaimStatus status,
                               BigDecimal amount, String description, String carrier, String policyNumber) {
}
