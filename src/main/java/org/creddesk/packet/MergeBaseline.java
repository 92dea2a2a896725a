package org.creddesk.packet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The floor a packet cannot beat on this machine: parse the same input PDFs, copy their pages into one document and
 * save it, with no filling, drawing or fonts. Benchmarks report packet time as a ratio of it, so figures taken on
 * a busy shared machine stay comparable.
 */
public final class MergeBaseline {
    private MergeBaseline() {
    }

    /** Milliseconds to merge the inputs once. */
    public static double millis(List<byte[]> pdfs) {
        long start = System.nanoTime();
        List<PDDocument> open = new ArrayList<>();
        try (PDDocument out = new PDDocument()) {
            for (byte[] pdf : pdfs) {
                PDDocument doc = Loader.loadPDF(pdf);
                open.add(doc);
                DocumentPages.appendPdf(out, doc);
            }
            out.save(new ByteArrayOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.forEach(PdfInput::closeQuietly);
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
