package org.creddesk.domain;

/** A state Medicaid provider id. */
public record MedicaidId(String id, String providerId, String state, String number) {
}
