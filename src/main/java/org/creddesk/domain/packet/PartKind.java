package org.creddesk.domain.packet;

/** The kinds of part a packet template can list, in any order. */
public enum PartKind {
    COVER, PROFILE, CHECKLIST, FORMS, DOCUMENTS, ATTESTATION
}
