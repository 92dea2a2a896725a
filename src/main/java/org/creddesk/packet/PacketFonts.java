package org.creddesk.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType font every packet and filled form embeds, so names such as Müller, Nguyễn or Ω render the same
 * on every machine. DejaVu Sans ships in our jar (see ADR 0007); the system copy and PDFBox's LiberationSans are
 * fallbacks for a stripped-down build only.
 */
public final class PacketFonts {
    static final String BUNDLED = "/org/creddesk/packet/fonts/DejaVuSans.ttf";
    static final Path SYSTEM = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final String PDFBOX_FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final byte[] ttf;
    /**
     * Parsing the 750 KB TTF costs more than the rest of a small packet, so each thread parses it once and reuses
     * it (PDFBox does not close a TrueTypeFont it was handed). One per thread: parsing reads are not thread-safe.
     */
    private final ThreadLocal<TrueTypeFont> parsed;
    private final ThreadLocal<PDType0Font> formFont;

    public PacketFonts() {
        this.ttf = readFont();
        this.parsed = ThreadLocal.withInitial(this::parse);
        this.formFont = ThreadLocal.withInitial(this::wholeFont);
    }

    private TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        } catch (IOException e) {
            throw new UncheckedIOException("The packet font cannot be parsed", e);
        }
    }

    private static byte[] readFont() {
        try {
            byte[] bundled = resource(BUNDLED);
            if (bundled != null) {
                return bundled;
            }
            if (Files.isReadable(SYSTEM)) {
                return Files.readAllBytes(SYSTEM);
            }
            byte[] fallback = resource(PDFBOX_FALLBACK);
            if (fallback != null) {
                return fallback;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packet font", e);
        }
        throw new IllegalStateException("No TrueType font found for packets (" + BUNDLED + ")");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PacketFonts.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** A subset of the font for text the packet itself draws (small files). */
    public PDType0Font forText(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, parsed.get(), true);
    }

    /**
     * The whole font, for AcroForm default appearances: a viewer that regenerates a field's appearance needs every
     * glyph, and a subset used in a form renders as garbage (TOOLCHAIN.md). Embedding it builds widths and a
     * ToUnicode map for ~6,000 glyphs, which cost about two thirds of a filled form; so each thread builds it once in a
     * holder document that stays open, and every form it fills refers to those same font objects (PDFBox copies
     * shared objects on save, as it does for imported pages).
     */
    public PDType0Font forForms() {
        return formFont.get();
    }

    private PDType0Font wholeFont() {
        try {
            // never closed: it owns the font objects every form filled on this thread points to
            PDDocument holder = new PDDocument();
            return PDType0Font.load(holder, parsed.get(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("The form font cannot be embedded", e);
        }
    }
}
