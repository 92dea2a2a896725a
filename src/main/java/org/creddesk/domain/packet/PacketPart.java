package org.creddesk.domain.packet;

import java.util.List;
import java.util.Objects;

/**
 * One part of a packet template. {@code documentTypes} (for {@link PartKind#DOCUMENTS}) are the document types
 * to include, in order; {@code required} makes a missing one a pre-flight issue. {@code forms} (for
 * {@link PartKind#FORMS}) name stored payer forms by their form name.
 */
public record PacketPart(PartKind kind, String title, List<String> documentTypes, boolean required,
                         List<String> forms) {
    public PacketPart {
        Objects.requireNonNull(kind, "kind");
        title = title == null || title.isBlank() ? defaultTitle(kind) : title;
        documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    public static PacketPart of(PartKind kind) {
        return new PacketPart(kind, null, List.of(), false, List.of());
    }

    static String defaultTitle(PartKind kind) {
        return switch (kind) {
            case COVER -> "Cover sheet";
            case PROFILE -> "Provider profile";
            case CHECKLIST -> "Checklist status";
            case FORMS -> "Application forms";
            case DOCUMENTS -> "Supporting documents";
            case ATTESTATION -> "Attestation";
        };
    }
}
