package org.creddesk.domain.monitoring;

/** The exclusion lists CredDesk screens against. */
public enum ListSource {
    /** HHS-OIG List of Excluded Individuals/Entities. */
    LEIE,
    /** SAM.gov exclusions. */
    SAM
}
