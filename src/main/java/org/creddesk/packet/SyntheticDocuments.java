package org.creddesk.packet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Multi-page stand-ins for scanned credential documents, for benchmarks that need packets of realistic size
 * without shipping real people's certificates.
 */
public final class SyntheticDocuments {
    private SyntheticDocuments() {
    }

    public static byte[] pdf(String title, int pages, PacketFonts fonts) {
        try (PDDocument doc = new PDDocument()) {
            try (PageComposer c = new PageComposer(doc, fonts.forText(doc))) {
                for (int i = 1; i <= pages; i++) {
                    c.newPage();
                    c.title(title + " (specimen), page " + i + " of " + pages);
                    for (int line = 0; line < 30; line++) {
                        c.text("Specimen text standing in for a scanned credential document, line " + (line + 1) + ".");
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
