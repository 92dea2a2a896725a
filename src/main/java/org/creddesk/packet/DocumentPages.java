package org.creddesk.packet;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.creddesk.domain.Document;

/** Adds a provider's stored document to the packet: a PDF with all its pages, an image fitted to a page. */
final class DocumentPages {
    private DocumentPages() {
    }

    /** {@code sources} keeps imported PDFs open until the packet is saved (PDFBox shares their objects). */
    static void append(PDDocument out, PDType0Font font, Document d, byte[] bytes, List<PDDocument> sources)
            throws IOException {
        String name = d.type() + " (" + (d.fileName() == null ? d.sha256() : d.fileName()) + ")";
        if ("application/pdf".equals(d.mediaType()) || PdfInput.looksLikePdf(bytes)) {
            PDDocument doc = PdfInput.open(bytes, name, false);
            sources.add(doc);
            appendPdf(out, doc);
        } else {
            appendImage(out, font, d.type(), bytes, name);
        }
    }

    static void appendPdf(PDDocument out, PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            out.importPage(page);
        }
    }

    /** The image scaled to fit inside the margins with its aspect ratio kept, centred, under a caption. */
    static void appendImage(PDDocument out, PDType0Font font, String caption, byte[] bytes, String name)
            throws IOException {
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(out, bytes, name);
        } catch (IOException | IllegalArgumentException e) {
            throw new PdfInputException(name + " is not a readable PNG or JPEG image (" + e.getMessage() + ").", e);
        }
        PDRectangle box = PageComposer.PAGE;
        PDPage page = new PDPage(box);
        out.addPage(page);
        float margin = PageComposer.MARGIN;
        float top = box.getHeight() - margin - 24;
        float availableWidth = box.getWidth() - 2 * margin;
        float availableHeight = top - margin - PageComposer.FOOTER_SPACE;
        float scale = Math.min(availableWidth / image.getWidth(), availableHeight / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        float x = margin + (availableWidth - w) / 2;
        float y = top - h;
        try (PDPageContentStream s = new PDPageContentStream(out, page)) {
            s.beginText();
            s.setFont(font, 11);
            s.newLineAtOffset(margin, box.getHeight() - margin - 11);
            s.showText(new PageComposer(out, font).safe(caption));
            s.endText();
            s.drawImage(image, x, y, w, h);
        }
    }
}
