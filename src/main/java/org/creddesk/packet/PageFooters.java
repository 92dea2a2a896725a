package org.creddesk.packet;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** "Page n of m" centred at the foot of every page (after a prefix such as the report's title). */
final class PageFooters {
    private static final float SIZE = 8;

    private PageFooters() {
    }

    static void stamp(PDDocument doc, PDType0Font font, String prefix, float baselineFromBottom) throws IOException {
        int total = doc.getNumberOfPages();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            String text = prefix + "Page " + n + " of " + total;
            PDRectangle box = page.getMediaBox();
            float width = font.getStringWidth(text) / 1000 * SIZE;
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                s.beginText();
                s.setFont(font, SIZE);
                s.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2,
                        box.getLowerLeftY() + baselineFromBottom);
                s.showText(text);
                s.endText();
            }
        }
    }
}
