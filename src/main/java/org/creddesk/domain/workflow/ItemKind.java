package org.creddesk.domain.workflow;

/** What a checklist item asks for. */
public enum ItemKind {
    DOCUMENT, VERIFICATION, FORM, SIGNATURE, TASK
}
