package org.creddesk.domain;

import java.time.LocalDate;

/**
 * A document attached to a provider, and optionally to one credential ({@code credentialId} is the id of a
 * license, registration, certification, policy...). The bytes live in the blob store under {@code sha256}.
 */
public record Document(String id, String providerId, String credentialId, String type, String fileName,
                       String mediaType, String sha256, long size, LocalDate issued, LocalDate expires) {
}
