package org.creddesk.domain.packet;

import java.time.Instant;

/** A payer form as imported: its name, field signature, the PDF in the blob store and its fields (JSON). */
public record StoredForm(String id, String name, String signature, String sha256, String fileName,
                         String fieldsJson, String importedBy, Instant importedAt) {
}
