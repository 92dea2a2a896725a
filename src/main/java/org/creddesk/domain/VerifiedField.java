package org.creddesk.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A field of a credential that a primary-source verification saw, with the value it held then. While the field
 * still holds that value, nothing may change it silently: a roster that would is a conflict naming this verification.
 */
public record VerifiedField(String entityId, String field, String value, String verificationId, String element,
                            String source, String verifier, LocalDate verifiedOn, Instant recordedAt) {

    /** "verified: State board web, by J. Smith on 11/20/2026", what a person reads beside the conflict. */
    public String describe() {
        return "verified at " + source + " by " + verifier + " on " + ShownDates.format(verifiedOn);
    }
}
