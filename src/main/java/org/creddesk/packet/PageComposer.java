package org.creddesk.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes flowing text onto US Letter pages: headings, label/value rows and wrapped paragraphs, starting a new
 * page when the current one is full. Text the font cannot draw becomes '?' rather than failing the packet.
 */
final class PageComposer implements AutoCloseable {
    static final PDRectangle PAGE = PDRectangle.LETTER;
    static final float MARGIN = 54;
    static final float FOOTER_SPACE = 36;
    static final float BODY = 10;

    private final PDDocument doc;
    private final PDType0Font font;
    private final List<PDPage> pages = new ArrayList<>();
    private final DrawableText drawable;
    private PDPageContentStream stream;
    private float y;

    PageComposer(PDDocument doc, PDType0Font font) {
        this.doc = doc;
        this.font = font;
        this.drawable = new DrawableText(font);
    }

    /** Draws on an existing page (the cover sheet's reserved page) instead of adding one. */
    PageComposer(PDDocument doc, PDType0Font font, PDPage existing) throws IOException {
        this(doc, font);
        pages.add(existing);
        stream = new PDPageContentStream(doc, existing, PDPageContentStream.AppendMode.APPEND, true);
        y = PAGE.getHeight() - MARGIN;
    }

    List<PDPage> pages() {
        return pages;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private void ensure(float height) throws IOException {
        if (stream == null || y - height < MARGIN + FOOTER_SPACE) {
            newPage();
        }
    }

    void title(String text) throws IOException {
        line(text, 18, MARGIN, 28);
    }

    void heading(String text) throws IOException {
        ensure(40);
        y -= 8;
        line(text, 13, MARGIN, 20);
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN, y + 14);
        stream.lineTo(PAGE.getWidth() - MARGIN, y + 14);
        stream.stroke();
    }

    void text(String text) throws IOException {
        for (String l : wrap(safe(text), BODY, width(MARGIN))) {
            line(l, BODY, MARGIN, 14);
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** A label in the left column and its value wrapped in the right column. */
    void row(String label, String value) throws IOException {
        float valueX = MARGIN + 150;
        List<String> lines = wrap(safe(value == null || value.isBlank() ? "-" : value), BODY, width(valueX));
        ensure(14f * lines.size());
        draw(safe(label), BODY, MARGIN, y - BODY);
        for (String l : lines) {
            ensure(14);
            draw(l, BODY, valueX, y - BODY);
            y -= 14;
        }
    }

    /** A contents entry: text on the left, the page number right-aligned. */
    void entry(String text, String page, float indent) throws IOException {
        ensure(16);
        String t = safe(text);
        draw(t, 11, MARGIN + indent, y - 11);
        float w = font.getStringWidth(page) / 1000 * 11;
        draw(page, 11, PAGE.getWidth() - MARGIN - w, y - 11);
        y -= 16;
    }

    /** A signature or date line with its caption below. */
    void signatureLine(String caption, float width) throws IOException {
        ensure(50);
        y -= 30;
        stream.setLineWidth(0.8f);
        stream.moveTo(MARGIN, y);
        stream.lineTo(MARGIN + width, y);
        stream.stroke();
        draw(safe(caption), 9, MARGIN, y - 11);
        y -= 18;
    }

    private void line(String text, float size, float x, float advance) throws IOException {
        ensure(advance);
        draw(safe(text), size, x, y - size);
        y -= advance;
    }

    private void draw(String text, float size, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    private float width(float fromX) {
        return PAGE.getWidth() - MARGIN - fromX;
    }

    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        return LineWrap.wrap(text, maxWidth, t -> font.getStringWidth(t) / 1000 * size, false);
    }

    /** Control characters and glyphs the font lacks would abort the whole packet; draw them as '?' instead. */
    String safe(String text) {
        return drawable.of(text);
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
