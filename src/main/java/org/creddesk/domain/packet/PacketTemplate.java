package org.creddesk.domain.packet;

import java.util.List;

/** A packet template as a person edits it: a name and its parts in order. */
public record PacketTemplate(String name, String description, List<PacketPart> parts) {
    public PacketTemplate {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A packet template needs a name");
        }
        parts = List.copyOf(parts);
    }

    /** Every document type the template asks for that it marks required. */
    public List<String> requiredDocumentTypes() {
        return parts.stream().filter(p -> p.kind() == PartKind.DOCUMENTS && p.required())
                .flatMap(p -> p.documentTypes().stream()).distinct().toList();
    }
}
