package org.creddesk.domain.workflow;

/** The accreditation program a file is credentialed under; it sets how old a verification may be. */
public enum CredentialingProgram {
    /** A health plan or provider organisation under credentialing accreditation (120 days, 180 before the cutover). */
    ACCREDITATION,
    /** A credentials verification organisation under a certification program (90 days). */
    CVO_CERTIFICATION
}
