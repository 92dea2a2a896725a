package org.creddesk.ui.providers;

/** What a document can be attached to: the provider file as a whole ({@code id} null) or one credential. */
public record CredentialChoice(String id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
