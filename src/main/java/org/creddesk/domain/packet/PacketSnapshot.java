package org.creddesk.domain.packet;

import java.time.Instant;

/**
 * A packet as it was produced: who made it for whom and when, the stored PDF (by hash), what was in it
 * ({@code contentsJson}: parts, documents, form values) and the pre-flight issues that were overridden with
 * the reason given. Never changed after it is written.
 */
public record PacketSnapshot(String id, String providerId, String recipient, Recipient.Kind recipientKind,
                             String templateName, String sha256, long size, int pages, String contentsJson,
                             String preflightJson, String overrideReason, String madeBy, Instant madeAt) {
}
