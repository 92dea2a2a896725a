package org.creddesk.domain.workflow;

import java.time.LocalDate;

/**
 * A primary-source verification of one element (optionally of one credential, {@code credentialId}): the source
 * consulted, how, when, by whom, the evidence document and the value seen there.
 */
public record Verification(String id, String providerId, VerificationElement element, String credentialId,
                           String source, VerificationMethod method, LocalDate verifiedOn, String verifier,
                           String evidenceDocumentId, String valueSeen) {
}
