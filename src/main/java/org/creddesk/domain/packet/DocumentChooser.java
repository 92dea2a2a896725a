package org.creddesk.domain.packet;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.creddesk.domain.Document;

/** Picks the document of a type that goes into a packet: the latest one that has not expired. */
public final class DocumentChooser {
    private DocumentChooser() {
    }

    private static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing(Document::issued, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Document::expires, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Document::id)
            .reversed();

    public static Optional<Document> latestUnexpired(List<Document> documents, String type, LocalDate today) {
        return documents.stream()
                .filter(d -> d.type() != null && d.type().equalsIgnoreCase(type))
                .filter(d -> d.expires() == null || !d.expires().isBefore(today))
                .min(NEWEST_FIRST);
    }
}
