package org.creddesk.packet;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.creddesk.domain.Progress;

/**
 * Renders a packet's pages as images for print preview and printing. The UI turns them into its own images; only
 * this package reads PDFs.
 */
public final class PacketPages {

    public int count(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new PdfInputException("The packet cannot be read: " + e.getMessage(), e);
        }
    }

    /** One page at the given resolution (72 dpi = 1 pixel per point). */
    public BufferedImage render(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new PdfInputException("Page " + (pageIndex + 1) + " of the packet cannot be drawn: " + e.getMessage(), e);
        }
    }

    /** Every page, for printing; reports progress and stops when cancelled. */
    public List<BufferedImage> renderAll(byte[] pdf, float dpi, Progress progress) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                progress.checkCancelled();
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
                progress.update(i + 1, total, "Page " + (i + 1) + " of " + total);
            }
            return pages;
        } catch (IOException e) {
            throw new PdfInputException("The packet cannot be drawn: " + e.getMessage(), e);
        }
    }
}
