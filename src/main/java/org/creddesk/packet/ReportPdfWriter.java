package org.creddesk.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.creddesk.domain.report.TableReport;

/**
 * Writes a {@link TableReport} as a landscape US Letter PDF: title and intro, then each section's table with its
 * header row repeated on every page it runs onto, cells wrapped (long hashes broken anywhere), "title · Page n of
 * m" in every footer. The embedded DejaVu font draws names such as Müller or Nguyễn.
 */
public final class ReportPdfWriter {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(),
            PDRectangle.LETTER.getWidth());
    private static final float MARGIN = 36;
    private static final float FOOTER = 28;
    private static final float SIZE = 7.5f;
    private static final float LEADING = 9.5f;
    private static final float PAD = 3;

    private final PacketFonts fonts;

    public ReportPdfWriter(PacketFonts fonts) {
        this.fonts = fonts;
    }

    /** Writes the report to {@code file} (through a temporary file, so a failure leaves no half PDF). */
    public void write(TableReport report, Path file, java.time.Instant madeAt) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = fonts.forText(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("CredDesk");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(madeAt.toEpochMilli());
            info.setCreationDate(when);
            try (Composer c = new Composer(doc, font)) {
                c.newPage();
                c.text(report.title(), 15, 22);
                for (String line : report.intro()) {
                    c.text(line, 9, 13);
                }
                for (TableReport.Section s : report.sections()) {
                    c.section(s);
                }
            }
            PageFooters.stamp(doc, font, report.title() + " · ", MARGIN / 2 + 4);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                doc.save(out);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Flows text and tables down the pages. */
    private static final class Composer implements AutoCloseable {
        private final PDDocument doc;
        private final PDType0Font font;
        private final DrawableText drawable;
        private PDPageContentStream stream;
        private float y;

        Composer(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
            this.drawable = new DrawableText(font);
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN;
        }

        private boolean fits(float height) {
            return y - height >= MARGIN + FOOTER;
        }

        void text(String text, float size, float advance) throws IOException {
            if (!fits(advance)) {
                newPage();
            }
            draw(safe(text), size, MARGIN, y - size);
            y -= advance;
        }

        void section(TableReport.Section s) throws IOException {
            float[] widths = columnWidths(s);
            List<List<String>> header = cells(s.columns(), widths);
            if (!fits(16 + height(header) + LEADING * 2)) {
                newPage();
            }
            y -= 8;
            text(s.heading() + " (" + s.rows().size() + ")", 11, 16);
            row(header, widths, true);
            if (s.rows().isEmpty()) {
                text(s.empty(), SIZE + 1, LEADING + 4);
            }
            for (List<String> values : s.rows()) {
                List<List<String>> cells = cells(values, widths);
                if (!fits(height(cells))) {
                    newPage();
                    row(header, widths, true);
                }
                row(cells, widths, false);
            }
        }

        private float[] columnWidths(TableReport.Section s) {
            float sum = s.widths().stream().mapToInt(Integer::intValue).sum();
            float usable = PAGE.getWidth() - 2 * MARGIN;
            float[] result = new float[s.widths().size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = usable * s.widths().get(i) / sum;
            }
            return result;
        }

        private static float height(List<List<String>> cells) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return lines * LEADING + 2 * PAD;
        }

        private void row(List<List<String>> cells, float[] widths, boolean header) throws IOException {
            float h = height(cells);
            float x = MARGIN;
            if (header) {
                stream.setNonStrokingColor(0.88f, 0.90f, 0.93f);
                stream.addRect(MARGIN, y - h, PAGE.getWidth() - 2 * MARGIN, h);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
            }
            for (int i = 0; i < cells.size(); i++) {
                float lineY = y - PAD - SIZE;
                for (String line : cells.get(i)) {
                    draw(line, SIZE, x + PAD, lineY);
                    lineY -= LEADING;
                }
                x += widths[i];
            }
            stream.setLineWidth(0.3f);
            stream.setStrokingColor(0.6f, 0.6f, 0.6f);
            stream.moveTo(MARGIN, y - h);
            stream.lineTo(PAGE.getWidth() - MARGIN, y - h);
            stream.stroke();
            y -= h;
        }

        private List<List<String>> cells(List<String> values, float[] widths) throws IOException {
            List<List<String>> result = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                String v = i < values.size() && values.get(i) != null ? values.get(i) : "";
                result.add(wrap(safe(v), widths[i] - 2 * PAD));
            }
            return result;
        }

        /** Wraps at spaces; a word wider than the column (a SHA-256) is broken where it must. */
        private List<String> wrap(String text, float max) throws IOException {
            return LineWrap.wrap(text, max, this::width, true);
        }

        private float width(String s) throws IOException {
            return font.getStringWidth(s) / 1000 * SIZE;
        }

        private void draw(String text, float size, float x, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        }

        /** Control characters and glyphs the font lacks would abort the report: draw them as '?'. */
        private String safe(String text) {
            return drawable.of(text);
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
