package org.creddesk.packet;

import java.io.IOException;
import org.creddesk.domain.Document;

/** Gives the bytes of a provider's stored document (the blob store in the app, files in tests). */
@FunctionalInterface
public interface DocumentSource {
    byte[] bytes(Document document) throws IOException;
}
