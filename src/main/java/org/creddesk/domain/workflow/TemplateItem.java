package org.creddesk.domain.workflow;

/**
 * One line of a checklist template. {@code element} is set for verification items; {@code credentialType}
 * ("license", "dea", "board"...) says which credentials the item is repeated for when the checklist starts
 * (one item per license, say), or null for one item.
 */
public record TemplateItem(ItemKind kind, String label, boolean required, VerificationElement element,
                           String credentialType) {
}
