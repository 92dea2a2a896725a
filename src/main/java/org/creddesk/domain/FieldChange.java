package org.creddesk.domain;

/** One field's change inside an audit entry. Values are the stored text forms (ISO dates); null means empty. */
public record FieldChange(String field, String oldValue, String newValue) {
}
