package org.creddesk.domain.packet;

/** A form field's template rendered for one provider, ready for the pre-flight check and the filler. */
public record MappedValue(String form, String field, String template, FieldTemplate.Rendering rendering,
                          boolean toggle) {
}
