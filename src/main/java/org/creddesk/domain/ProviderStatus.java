package org.creddesk.domain;

/** Whether a provider is in the active network or retired (kept for history, never deleted). */
public enum ProviderStatus {
    ACTIVE, RETIRED
}
