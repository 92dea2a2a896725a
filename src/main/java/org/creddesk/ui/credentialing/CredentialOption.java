package org.creddesk.ui.credentialing;

/** A credential a verification can concern ({@code id} null: none in particular), shown by its label. */
public record CredentialOption(String id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
