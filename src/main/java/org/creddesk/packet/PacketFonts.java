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
 * on every machine. DejaVu Sans ships in our jar (see ADR 0005); the system copy and PDFBox's LiberationSans are
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

    public PacketFonts() {
        this.ttf = readFont();
        this.parsed = ThreadLocal.withInitial(this::parse);
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
     * glyph, and a subset used in a form renders as garbage (TOOLCHAIN.md).
     */
    public PDType0Font forForms(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, parsed.get(), false);
    }
}
