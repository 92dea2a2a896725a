package org.creddesk.domain;

import java.time.LocalDate;

/** Professional liability insurance. Limits are kept as written ("1,000,000/3,000,000"). */
public record MalpracticePolicy(String id, String providerId, String carrier, String policyNumber,
                                String perClaimLimit, String aggregateLimit, LocalDate effective, LocalDate expires) {
}
