package org.creddesk.domain.workflow;

/** How the primary source was consulted. */
public enum VerificationMethod {
    WEB, LETTER, PHONE, ALERT_SERVICE
}
