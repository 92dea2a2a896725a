package org.creddesk.domain;

/** Federal DEA registration or a state controlled-substance (CDS) certificate. */
public enum RegistrationKind {
    DEA, CDS
}
